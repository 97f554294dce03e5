namespace Diagnostic.Core.Questionnaires;

/// <summary>Either a parsed <see cref="RelevanceExpression"/> or an error with its 1-based column in the text.</summary>
public sealed record RelevanceParseResult(RelevanceExpression? Expression, int Column, string? Error)
{
    public bool IsValid => Expression is not null;

    public static RelevanceParseResult Success(RelevanceExpression expression) => new(expression, 0, null);

    public static RelevanceParseResult Failure(int column, string error) => new(null, column, error);
}
