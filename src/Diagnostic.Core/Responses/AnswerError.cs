namespace Diagnostic.Core.Responses;

/// <summary>A problem with the answer to one question of a submitted response.</summary>
public sealed record AnswerError(string QuestionId, AnswerProblem Problem)
{
    public AnswerProblemKind Kind => Problem.Kind;

    public override string ToString() => $"{QuestionId}: {Problem.Message}";
}
