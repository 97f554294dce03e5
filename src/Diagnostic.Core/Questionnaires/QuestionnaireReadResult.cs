namespace Diagnostic.Core.Questionnaires;

/// <summary>Either a questionnaire or every error found in its file, never both.</summary>
public sealed record QuestionnaireReadResult(Questionnaire? Questionnaire, IReadOnlyList<QuestionnaireError> Errors)
{
    public bool IsValid => Questionnaire is not null;
}
