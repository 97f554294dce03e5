namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>Marker for Resources/Pages/Comite/Organisations/ConcertationText(.en).resx: seats, séances, forum, membership.</summary>
public sealed class ConcertationText;
