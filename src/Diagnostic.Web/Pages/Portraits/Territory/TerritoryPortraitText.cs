namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>Marker for Resources/Pages/Portraits/Territory/TerritoryPortraitText.resx (French) and .en.resx: weighting, indicators, representativeness, maps.</summary>
public sealed class TerritoryPortraitText;
