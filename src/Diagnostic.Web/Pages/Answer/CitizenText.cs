namespace Diagnostic.Web.Pages.Answer;

/// <summary>Marker for Resources/Pages/Answer/CitizenText(.en).resx: the citizen flow's words (home, follow-ups, droit de suite).</summary>
public sealed class CitizenText;
