namespace Diagnostic.Web.Pages.Comite;

/// <summary>Marker for the comité pages' strings (Resources/Pages/Comite/ComiteText.resx and .en.resx).</summary>
public sealed class ComiteText;
