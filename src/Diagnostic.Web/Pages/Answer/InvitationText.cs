namespace Diagnostic.Web.Pages.Answer;

/// <summary>Marker for Resources/Pages/Answer/InvitationText(.en).resx.</summary>
public sealed class InvitationText;
