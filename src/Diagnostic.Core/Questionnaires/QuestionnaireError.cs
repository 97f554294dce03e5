namespace Diagnostic.Core.Questionnaires;

/// <summary>A problem in a questionnaire file, with its position (1-based line and column).</summary>
public sealed record QuestionnaireError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
