using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>A neighbourhood of the collecte as the portrait pages show it.</summary>
public sealed record PortraitNeighbourhood(string Code, string Name, int? Population, int? ParticipationTarget);

/// <summary>The collecte a portrait describes: names, neighbourhoods (in reading order) and its questionnaire.</summary>
public sealed record PortraitCollecte(
    int CollecteId,
    string Code,
    string Name,
    int TerritoryId,
    string TerritoryName,
    string NeighbourhoodWord,
    Audience Audience,
    Questionnaire Questionnaire,
    IReadOnlyList<PortraitNeighbourhood> Neighbourhoods)
{
    public PortraitNeighbourhood? Find(string code) => Neighbourhoods.FirstOrDefault(n => n.Code == code);

    /// <summary>The territory's word for a neighbourhood in the page's language (the setting is French).</summary>
    public string Word(string language) => Diagnostic.Web.Localization.NeighbourhoodWords.In(NeighbourhoodWord, language);
}
