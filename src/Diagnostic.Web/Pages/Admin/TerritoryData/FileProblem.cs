namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>One reason an uploaded file is refused, where it is: a line and field of a CSV, or a feature of a GeoJSON file (Column 0).</summary>
public sealed record FileProblem(int Row, int Column, string Message);
