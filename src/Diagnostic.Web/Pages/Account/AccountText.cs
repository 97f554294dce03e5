namespace Diagnostic.Web.Pages.Account;

/// <summary>Marker for Resources/Pages/Account/AccountText(.en).resx: sign-in, account menu, staff home pages.</summary>
public sealed class AccountText;
