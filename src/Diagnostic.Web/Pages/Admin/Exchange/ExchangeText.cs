namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>Marker for Resources/Pages/Admin/Exchange/ExchangeText(.en).resx.</summary>
public sealed class ExchangeText;
