using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// The figures of one collecte, suppression already applied; rows in file order. <see cref="Respondents"/>, the
/// respondent counts per audience and unit, are figures too but no rows of the portrait file; a portrait read back
/// from an archive has none.
/// </summary>
public sealed record Portrait(string QuestionnaireId, int QuestionnaireVersion, int MinCell, IReadOnlyList<PortraitRow> Rows)
{
    /// <summary>Per audience that answered: ALL then neighbourhoods in ordinal code order.</summary>
    public IReadOnlyList<RespondentCount> Respondents { get; init; } = [];

    public IEnumerable<PortraitRow> For(Audience audience, string neighbourhood) =>
        Rows.Where(r => r.Audience == audience && r.Neighbourhood == neighbourhood);

    public PortraitRow? Find(Audience audience, string neighbourhood, FigureLevel level, string id) =>
        Rows.FirstOrDefault(r => r.Audience == audience && r.Neighbourhood == neighbourhood && r.Level == level && r.Id == id);

    /// <summary>
    /// The respondent count of a unit. A unit nobody of this audience answered in has no count of its own: it rests on
    /// fewer than min_cell respondents (none), so it reads as too few, like any unit below min_cell.
    /// </summary>
    public RespondentCount RespondentsOf(Audience audience, string neighbourhood) =>
        Respondents.FirstOrDefault(r => r.Audience == audience && r.Neighbourhood == neighbourhood)
        ?? new RespondentCount(audience, neighbourhood, null, SuppressionReason.TooFew);

    /// <summary>Audiences with at least one response, in enum order.</summary>
    public IReadOnlyList<Audience> Audiences => Respondents.Select(r => r.Audience).Distinct().ToList();
}
