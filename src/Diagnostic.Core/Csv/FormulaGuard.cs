using System.Buffers;

namespace Diagnostic.Core.Csv;

/// <summary>
/// Formula neutralisation of free text (Csv/README.md, src/Diagnostic.Core/Questionnaires/README.md): a value that starts with
/// `=`, `+`, `-`, `@`, tab, CR or `'` gets one leading `'`, which spreadsheets read as "this cell is text". `'` is in
/// the list so that <see cref="Unprotect"/> is the exact inverse: export → import → export gives the same bytes.
/// </summary>
public static class FormulaGuard
{
    private const char Mark = '\'';

    private static readonly SearchValues<char> Starts = SearchValues.Create("=+-@\t\r'");

    public static string? Protect(string? text) =>
        string.IsNullOrEmpty(text) || !Starts.Contains(text[0]) ? text : Mark + text;

    /// <summary>Removes the one `'` that <see cref="Protect"/> added; any other value is returned as it is.</summary>
    public static string Unprotect(string text) =>
        text.Length >= 2 && text[0] == Mark && Starts.Contains(text[1]) ? text[1..] : text;
}
