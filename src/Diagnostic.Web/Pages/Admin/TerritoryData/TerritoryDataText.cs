namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>Marker for Resources/Pages/Admin/TerritoryData/TerritoryDataText.resx (French) and .en.resx: census, indicators, boundaries.</summary>
public sealed class TerritoryDataText;
