namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>Marker for Resources/Pages/Admin/Partners/PartnersText(.en).resx.</summary>
public sealed class PartnersText;
