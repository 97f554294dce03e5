using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Collects every error of one file with its position, so that a reader never stops at the first.</summary>
internal sealed class YamlReadContext(string file)
{
    public string File { get; } = file;

    public List<QuestionnaireError> Errors { get; } = [];

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) => Error((int)mark.Line, (int)mark.Column, message);

    public void Error(int line, int column, string message) =>
        Errors.Add(new QuestionnaireError(File, line, column, message));

    /// <summary>
    /// The file position of a 1-based column inside a scalar's value. Exact for one-line plain and quoted scalars
    /// without escapes; a multi-line scalar points at its start, which is the best YAML lets us know cheaply.
    /// </summary>
    public static (int Line, int Column) PositionInside(YamlScalarNode node, int column)
    {
        var line = (int)node.Start.Line;
        var start = (int)node.Start.Column;
        if (node.Start.Line != node.End.Line)
        {
            return (line, start);
        }

        var quote = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return (line, start + quote + column - 1);
    }
}
