namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Section "Portraits".</summary>
public sealed class PortraitOptions
{
    public const string Section = "Portraits";

    /// <summary>
    /// A portrait not marked public needs a signed-in comité member or organizer. Until sign-in exists, false opens
    /// every portrait (a local demo), true hides non-public ones.
    /// </summary>
    public bool RequireSignIn { get; set; } = true;
}
