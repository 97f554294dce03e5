namespace Diagnostic.Web.Pages.Admin.Users;

/// <summary>Marker for Resources/Pages/Admin/Users/UsersText(.en).resx.</summary>
public sealed class UsersText;
