using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>An open collecte as the answer pages need it: its snapshot's questionnaire and its neighbourhoods.</summary>
public sealed record AnswerCollecte(
    Collecte Collecte,
    Questionnaire Questionnaire,
    string TerritoryName,
    string TerritoryWord,
    IReadOnlyList<AnswerNeighbourhood> Neighbourhoods)
{
    /// <summary>The territory's word for a neighbourhood (set in French) in the page's language.</summary>
    public string NeighbourhoodWord => Localization.NeighbourhoodWords.In(TerritoryWord, Localization.Languages.Current);

    public string Code => Collecte.PublicCode;

    /// <summary>Steps: neighbourhood, one per section, review.</summary>
    public int StepCount => Questionnaire.Sections.Count + 2;

    /// <summary>Partners answer for the neighbourhood they mostly serve, citizens for the one they live in.</summary>
    public string NeighbourhoodQuestionKey =>
        Collecte.Audience == Audience.Partner ? "Neighbourhood.TitlePartner" : "Neighbourhood.Title";

    public bool Covers(string? neighbourhoodCode) => Neighbourhoods.Any(n => n.Code == neighbourhoodCode);
}
