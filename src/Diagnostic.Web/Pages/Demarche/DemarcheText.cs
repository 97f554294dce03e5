namespace Diagnostic.Web.Pages.Demarche;

/// <summary>Marker for the démarche pages' texts, staff and public (Resources/Pages/Demarche/DemarcheText*.resx).</summary>
public sealed class DemarcheText;
