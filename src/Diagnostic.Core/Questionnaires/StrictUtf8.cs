using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// Decodes a file's bytes as UTF-8 (a BOM is accepted) and refuses anything else: a file saved in Latin-1 or
/// Windows-1252 would otherwise be read with replacement characters and its accents silently lost.
/// </summary>
public static class StrictUtf8
{
    /// <summary>The text, or null with the line and column (in characters, from 1) of the first byte that is not UTF-8.</summary>
    public static (string? Text, int Line, int Column) Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var content = bytes.AsSpan(start);
        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return (new string(chars, 0, written), 0, 0);
        var before = content[..read];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (null, line, column);
    }

    /// <summary>
    /// For a CSV file: null when the bytes are UTF-8, otherwise the line of the first byte that is not and its field
    /// (1 + the separators before it on that line), the position the CSV readers report.
    /// </summary>
    public static (int Line, int Field)? FirstInvalidCsvPosition(byte[] bytes, char separator)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var content = bytes.AsSpan(start);
        if (Utf8.IsValid(content)) return null;
        Utf8.ToUtf16(content, new char[content.Length], out var read, out _, replaceInvalidSequences: false);
        var before = content[..read];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, before[lineStart..].Count((byte)separator) + 1);
    }
}
