namespace Diagnostic.Web.Pages.Admin.Privacy;

/// <summary>Marker for Resources/Pages/Admin/Privacy/PrivacyText(.en).resx.</summary>
public sealed class PrivacyText;
