using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Builds (once per portrait version, language and neighbourhood) what the neighbourhood portrait shows.</summary>
public static class NeighbourhoodViews
{
    public static NeighbourhoodView Get(
        CachedPortrait portrait, PortraitNeighbourhood neighbourhood, string language, IStringLocalizer<PortraitText> words) =>
        portrait.Derived($"hood|{language}|{neighbourhood.Code}", () => Build(portrait, neighbourhood, language, words, summary: false));

    /// <summary>
    /// What the printable portrait shows of a neighbourhood: no radar and no item charts (they stay on the web page,
    /// and drawing their models was most of the print build), but its key figures table.
    /// </summary>
    public static NeighbourhoodView Summary(
        CachedPortrait portrait, PortraitNeighbourhood neighbourhood, string language, IStringLocalizer<PortraitText> words) =>
        portrait.Derived($"hood-summary|{language}|{neighbourhood.Code}", () => Build(portrait, neighbourhood, language, words, summary: true) with
        {
            KeyFigures = KeyFigures.For(portrait, portrait.MainAudience, neighbourhood.Code, language, words),
        });

    private static NeighbourhoodView Build(
        CachedPortrait portrait, PortraitNeighbourhood neighbourhood, string language, IStringLocalizer<PortraitText> words, bool summary)
    {
        var audience = portrait.MainAudience;
        var charts = new PortraitCharts(portrait, language);
        var findings = new PortraitFindings(portrait, words, language);
        var code = neighbourhood.Code;
        var respondents = portrait.Respondents(audience, code);
        var counts = new RespondentCountText(new PortraitNumbers(language), words, portrait.Portrait.MinCell);
        var radar = summary ? null : charts.Radar(audience, code);
        IReadOnlyList<(string DimensionId, Chart Chart)> likertCharts = summary ? [] : charts.Likert(audience, code);
        var models = new List<(string Key, Chart Chart)> { (PortraitCharts.ScoresKey, charts.Scores(audience, code)) };
        models.AddRange(likertCharts.Select((c, i) => (PortraitCharts.LikertPrefix + (i + 1), c.Chart)));
        if (radar is not null) models.Add((PortraitCharts.RadarKey, radar));
        var views = models.Select(m => ChartView.For(m.Key, m.Chart, portrait)).ToList();
        var likert = likertCharts
            .Select((c, i) => (c.DimensionId, View: views[i + 1]))
            .GroupBy(c => c.DimensionId)
            .Select(g => new DimensionLikert(g.Key, charts.Dimensions.First(d => d.Id == g.Key).Title, g.Select(c => c.View).ToList()))
            .ToList();
        return new NeighbourhoodView(
            neighbourhood,
            audience,
            counts.NEquals(respondents),
            respondents.Reason == SuppressionReason.Complement ? words["Participation.Complement", portrait.Portrait.MinCell].Value : null,
            respondents.Reason == SuppressionReason.TooFew,
            charts.Dimensions.All(d => portrait.Portrait.Find(audience, code, FigureLevel.Dimension, d.Id) is not { Suppressed: false }),
            respondents.N < ScoreFigure.CautionBelow,
            radar is null ? null : views[^1],
            views[0],
            likert,
            findings.For(audience, code),
            findings.Targets(audience, code),
            portrait.Audiences.Where(a => a != audience).Select(a => Reading(portrait, a, code, language, words)).ToList())
        {
            HiddenNotice = audience == Audience.Partner
                ? words["Neighbourhood.HiddenPartners", portrait.Collecte.Word(language), portrait.Portrait.MinCell].Value
                : respondents.Reason == SuppressionReason.TooFew ? words["Neighbourhood.Hidden"].Value
                : words["Neighbourhood.Complement", portrait.Collecte.Word(language)].Value,
        };
    }

    /// <summary>How <paramref name="audience"/> reads the dimensions of <paramref name="portrait"/> (possibly another collecte's) here.</summary>
    public static AudienceReading Reading(
        CachedPortrait portrait, Audience audience, string code, string language, IStringLocalizer<PortraitText> words) =>
        portrait.Derived($"reading|{language}|{code}|{audience.ToCode()}", () => BuildReading(portrait, audience, code, language, words));

    private static AudienceReading BuildReading(
        CachedPortrait portrait, Audience audience, string code, string language, IStringLocalizer<PortraitText> words)
    {
        var numbers = new PortraitNumbers(language);
        var minCell = portrait.Portrait.MinCell;
        var dimensions = new PortraitCharts(portrait, language).Dimensions;
        var rows = dimensions.Select(d => new ReadingRow(
            d.Title,
            Score(portrait.Portrait.Find(audience, code, FigureLevel.Dimension, d.Id), numbers, minCell),
            Score(portrait.Portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, d.Id), numbers, minCell)))
            .ToList();
        var few = dimensions.All(d => portrait.Portrait.Find(audience, code, FigureLevel.Dimension, d.Id) is not { Suppressed: false, Score: not null });
        var total = new RespondentCountText(numbers, words, minCell).Count(portrait.Respondents(audience, PortraitRow.AllNeighbourhoods));
        return new AudienceReading(audience, words["Audience." + audience.ToCode()], total, few, rows);
    }

    /// <summary>A dimension score with its n: « 72 (n = 140) », « n &lt; 5 », or « — ».</summary>
    public static string Score(PortraitRow? row, PortraitNumbers numbers, int minCell) => row switch
    {
        { Suppressed: true } => $"n < {minCell}",
        { Score: { } s, N: { } n } => $"{numbers.Number(s)} ({numbers.NEquals(n)})" + (n < ScoreFigure.CautionBelow ? " " + ChartLanguage.CautionMark : ""),
        _ => "—",
    };
}
