namespace Diagnostic.Web.Pages.Admin;

/// <summary>Marker for Resources/Pages/Admin/OrganizerText.resx (French) and .en.resx: territories, collectes, paper, kiosk.</summary>
public sealed class OrganizerText;
