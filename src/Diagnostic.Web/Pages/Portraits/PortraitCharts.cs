using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// The chart models of a portrait, in one language. Keys (the PNG route's {chart}): `heatmap` for the territory;
/// `radar`, `scores` and `likert-1`, `likert-2`… for a neighbourhood (one Likert chart per dimension and scale,
/// since a chart's items share their scale points).
/// </summary>
public sealed class PortraitCharts(CachedPortrait portrait, string language)
{
    public const string HeatmapKey = "heatmap";
    public const string RadarKey = "radar";
    public const string ScoresKey = "scores";
    public const string LikertPrefix = "likert-";

    private readonly ChartLanguage _words = language == "en" ? ChartLanguage.English : ChartLanguage.French;
    private Questionnaire Questionnaire => portrait.Collecte.Questionnaire;

    public IReadOnlyList<DimensionLabel> Dimensions =>
        Questionnaire.Sections.Where(s => s.IsDimension && !s.IsProfile).Select(s => new DimensionLabel(s.Id, s.Title.In(language))).ToList();

    public NeighbourhoodLabel Label(string code) =>
        code == PortraitRow.AllNeighbourhoods
            ? new NeighbourhoodLabel(code, _words.Territory)
            : new NeighbourhoodLabel(code, portrait.Collecte.Find(code)?.Name ?? code);

    public Chart Heatmap(Audience audience) => DimensionHeatmapChart.From(
        portrait.Portrait, audience, portrait.Collecte.Neighbourhoods.Select(n => new NeighbourhoodLabel(n.Code, n.Name)).ToList(),
        Dimensions, portrait.Collecte.Word(language), _words);

    /// <summary>Null when the questionnaire has fewer than three dimensions (no radar then).</summary>
    public Chart? Radar(Audience audience, string neighbourhood) =>
        Dimensions.Count >= 3 ? DimensionRadarChart.From(portrait.Portrait, audience, Label(neighbourhood), Dimensions, _words) : null;

    public Chart Scores(Audience audience, string neighbourhood) =>
        DimensionScoresChart.From(portrait.Portrait, audience, Label(neighbourhood), Dimensions, _words);

    /// <summary>Per dimension, its scale items grouped by scale; each group one chart.</summary>
    public IReadOnlyList<(string DimensionId, Chart Chart)> Likert(Audience audience, string neighbourhood)
    {
        var charts = new List<(string, Chart)>();
        foreach (var section in Questionnaire.Sections.Where(s => s.IsDimension && !s.IsProfile))
        {
            foreach (var group in section.ScoredItems.GroupBy(q => q.Scale!.Id))
            {
                var scale = group.First().Scale!;
                var items = group.Select(q => Counts(audience, neighbourhood, q)).ToList();
                var points = scale.Points.Select(p => p.Label.In(language)).ToList();
                charts.Add((section.Id, LikertChart.From(
                    portrait.Portrait, audience, Label(neighbourhood), section.Title.In(language), points, items, _words)));
            }
        }
        return charts;
    }

    /// <summary>The chart behind a PNG key, or null when the key names none.</summary>
    public Chart? Find(string key, Audience audience, string neighbourhood)
    {
        if (key == HeatmapKey) return Heatmap(audience);
        if (key == RadarKey) return Radar(audience, neighbourhood);
        if (key == ScoresKey) return Scores(audience, neighbourhood);
        if (key.StartsWith(LikertPrefix, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(LikertPrefix.Length), out var index))
        {
            var likert = Likert(audience, neighbourhood);
            return index >= 1 && index <= likert.Count ? likert[index - 1].Chart : null;
        }
        return null;
    }

    private LikertItemCounts Counts(Audience audience, string neighbourhood, Question question)
    {
        var counts = portrait.Likert.Find(audience, neighbourhood, question.Id);
        var text = question.Text.In(language);
        var points = question.Scale!.Points.Count;
        return counts is { IsShown: true }
            ? new LikertItemCounts(question.Id, text, counts.Counts!, counts.DontKnow!.Value)
            : new LikertItemCounts(question.Id, text, new int[points], 0, Suppressed: true);
    }
}
