using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Collects every error of one file with its position, so that a reader never stops at the first.</summary>
internal sealed class YamlReadContext(string file, string text, bool storedSnapshot = false)
{
    /// <summary>
    /// Keys an earlier version accepted and the format does not have (a question's <c>hint</c>, a section's
    /// <c>intro</c>): refused in a file, ignored in a snapshot already stored, whose collecte must keep working.
    /// </summary>
    public IReadOnlyList<string> RetiredKeys { get; } = storedSnapshot ? ["hint", "intro"] : [];

    private readonly string[] _lines = text.Split('\n');

    public string File { get; } = file;

    public List<QuestionnaireError> Errors { get; } = [];

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) => Error((int)mark.Line, (int)mark.Column, message);

    public void Error(int line, int column, string message) =>
        Errors.Add(new QuestionnaireError(File, line, column, message));

    /// <summary>
    /// The file position of a 1-based column inside a scalar's value. Exact for one-line scalars, quoted ones
    /// included (escapes such as <c>''</c> or <c>\"</c> take more room in the file than in the value); a multi-line
    /// scalar points at its start, since folding has lost where each character came from.
    /// </summary>
    public (int Line, int Column) PositionInside(YamlScalarNode node, int column)
    {
        var line = (int)node.Start.Line;
        var start = (int)node.Start.Column;
        if (node.Start.Line != node.End.Line || line > _lines.Length)
        {
            return (line, start);
        }

        return node.Style switch
        {
            ScalarStyle.Plain => (line, start + column - 1),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => (line, QuotedColumn(_lines[line - 1], start, column, node.Style)),
            _ => (line, start),
        };
    }

    /// <summary>Walks the quoted text in the file until <paramref name="column"/> characters of the value are passed.</summary>
    private static int QuotedColumn(string sourceLine, int quoteColumn, int column, ScalarStyle style)
    {
        var raw = quoteColumn; // 0-based index of the first character after the opening quote
        for (var read = 1; read < column && raw < sourceLine.Length; read++)
        {
            raw += EscapeLength(sourceLine, raw, style);
        }

        return raw + 1;
    }

    private static int EscapeLength(string line, int index, ScalarStyle style)
    {
        var next = index + 1 < line.Length ? line[index + 1] : '\0';
        if (style == ScalarStyle.SingleQuoted)
        {
            return line[index] == '\'' && next == '\'' ? 2 : 1;
        }

        if (line[index] != '\\')
        {
            return 1;
        }

        return next switch
        {
            'x' => 4,
            'u' => 6,
            'U' => 10,
            _ => 2,
        };
    }
}
