using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>A neighbourhood of the collecte as the portrait pages show it.</summary>
public sealed record PortraitNeighbourhood(string Code, string Name, int? Population, int? ParticipationTarget);

/// <summary>The collecte a portrait describes: names, neighbourhoods (in reading order) and its questionnaire.</summary>
public sealed record PortraitCollecte(
    int SessionId,
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
}
