namespace Diagnostic.Web.Pages.Admin.Audit;

/// <summary>Marker for Resources/Pages/Admin/Audit/AuditText(.en).resx.</summary>
public sealed class AuditText;
