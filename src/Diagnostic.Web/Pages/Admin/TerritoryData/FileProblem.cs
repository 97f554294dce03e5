namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// One reason an uploaded file is refused, where it is: in which file, a line and field of a CSV, or a feature of a
/// GeoJSON file (Column 0; Row 0 for the file as a whole).
/// </summary>
public sealed record FileProblem(int Row, int Column, string Message, string File = "");
