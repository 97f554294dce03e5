namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// A parsed `relevant` condition. Evaluated against stored answer values
/// (the format's table: codes, `a|b` for multiple, `NSP`, invariant numbers).
/// </summary>
public abstract record RelevanceExpression
{
    /// <summary>The source text, as written in the file.</summary>
    public required string Source { get; init; }

    /// <summary>Question ids the expression reads.</summary>
    public abstract IEnumerable<string> ReferencedQuestions { get; }

    /// <summary>True when the question is shown. <paramref name="answerOf"/> returns null when not answered.</summary>
    public abstract bool IsTrue(Func<string, string?> answerOf);

    // TODO(questionnaire helper): Parse(string text) returning the expression or a positioned error.
}
