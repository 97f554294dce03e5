namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// A parsed `relevant` condition. Evaluated against stored answer values
/// (the format's table: codes, `a|b` for multiple, `NSP`, invariant numbers).
/// </summary>
/// <remarks>
/// <para>Language: comparisons <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>contains</c>, <c>answered(id)</c>,
/// <c>and</c>, <c>or</c>, <c>not</c>, parentheses, numbers (<c>3</c>, <c>-1.5</c>) and single-quoted
/// strings (<c>'18-34'</c>; a quote inside is doubled: <c>'l''eau'</c>). Precedence, tightest first:
/// <c>not</c>, comparison and <c>contains</c>, <c>and</c>, <c>or</c>. Since comparison operands are values,
/// not conditions, <c>not a == 1</c> reads as <c>not (a == 1)</c>.</para>
/// <para>Evaluation rules:</para>
/// <list type="bullet">
/// <item>An unanswered operand (null or empty value) makes every comparison and every <c>contains</c> false,
/// <c>!=</c> included; <c>not</c> of such a comparison is therefore true. Use <c>answered(id)</c> to test
/// for an answer explicitly.</item>
/// <item>When both sides parse as invariant-culture numbers the comparison is numeric (<c>10 &gt; 9</c>,
/// <c>'2.0' == 2</c>); <c>NSP</c> is not a number.</item>
/// <item>Otherwise <c>==</c> and <c>!=</c> compare the texts ordinally, and the ordering comparisons are false.</item>
/// <item><c>x contains v</c> splits the value of <c>x</c> on <c>|</c> (a multiple-choice answer) and is true when
/// one of the codes equals <c>v</c>.</item>
/// </list>
/// </remarks>
public abstract record RelevanceExpression
{
    /// <summary>The source text, as written in the file.</summary>
    public required string Source { get; init; }

    /// <summary>Question ids the expression reads.</summary>
    public IEnumerable<string> ReferencedQuestions => QuestionOperands.Select(q => q.Id).Distinct();

    /// <summary>True when the question is shown. <paramref name="answerOf"/> returns null when not answered.</summary>
    public abstract bool IsTrue(Func<string, string?> answerOf);

    /// <summary>Parses a condition; on failure the result carries the 1-based column inside
    /// <paramref name="text"/> and a message saying what was expected.</summary>
    public static RelevanceParseResult Parse(string text) => RelevanceParser.Parse(text);

    /// <summary>The question ids the expression reads, each with the 1-based column where it is written.</summary>
    internal abstract IEnumerable<QuestionOperand> QuestionOperands { get; }
}
