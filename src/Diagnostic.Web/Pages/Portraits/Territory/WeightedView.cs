namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>One dimension, unweighted beside weighted: « 72 (n = 140) », « 68 (62 à 74) », effective n.</summary>
public sealed record WeightedScoreRow(string Dimension, string Unweighted, string Weighted, string EffectiveN);

/// <summary>One weighting cell of a neighbourhood: its respondents, its census population and the weight each respondent gets.</summary>
public sealed record WeightCellRow(string Group, string Respondents, string Population, string Weight);

/// <summary>
/// The switch « pondéré selon le recensement » and, when on, the weighted figures of one neighbourhood or of the
/// territory (ALL). <see cref="Refused"/> says why the census cannot weight these answers; <see cref="Hidden"/>
/// that the portrait hides the neighbourhood, so the weighted portrait shows nothing of it either.
/// </summary>
public sealed record WeightedView(
    bool On,
    string SwitchUrl,
    string Explanation,
    string? Refused,
    bool Hidden,
    IReadOnlyList<WeightedScoreRow> Scores,
    IReadOnlyList<WeightCellRow> Cells);
