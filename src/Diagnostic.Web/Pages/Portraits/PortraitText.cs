namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Marker for Resources/Pages/Portraits/PortraitText.resx (French) and PortraitText.en.resx (English).</summary>
public sealed class PortraitText;
