namespace Diagnostic.Core.Charts;

/// <summary>
/// The text alternative of a chart: what the page prints as a &lt;table&gt; next to it.
/// Every cell is already formatted; a suppressed figure reads « n &lt; 5 ».
/// </summary>
public sealed record ChartTable(
    string Caption,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Footnote);
