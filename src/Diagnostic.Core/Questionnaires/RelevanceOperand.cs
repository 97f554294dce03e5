namespace Diagnostic.Core.Questionnaires;

/// <summary>One side of a comparison: a question's stored answer or a literal.</summary>
internal abstract record RelevanceOperand
{
    /// <summary>The value, or null when the question is not answered.</summary>
    public abstract string? ValueIn(Func<string, string?> answerOf);
}

/// <summary>A reference to an earlier question; <see cref="Column"/> is 1-based inside the condition text.</summary>
internal sealed record QuestionOperand(string Id, int Column) : RelevanceOperand
{
    public override string? ValueIn(Func<string, string?> answerOf)
    {
        var value = answerOf(Id);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public override string ToString() => Id;
}

/// <summary>A number or a quoted string, kept as text: numbers are recognised when compared.</summary>
internal sealed record LiteralOperand(string Text, bool IsString) : RelevanceOperand
{
    public override string? ValueIn(Func<string, string?> answerOf) => Text;

    public override string ToString() => IsString ? $"'{Text.Replace("'", "''")}'" : Text;
}
