using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Maps;
using Diagnostic.Data;
using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The choropleth of a collecte's neighbourhoods, from their imported boundaries: participation (respondents per
/// 1 000 residents), any dimension score, or any imported indicator. Survey figures come from the portrait after
/// suppression: a suppressed one is hatched « n &lt; 5 », never coloured. Null when no neighbourhood has a boundary.
/// </summary>
public sealed class TerritoryMaps(
    DiagnosticDbContext db, BoundaryStore boundaries, IndicatorStore indicators, IStringLocalizer<TerritoryPortraitText> local, IStringLocalizer<PortraitText> portraitText)
{
    public const string Query = "carte";
    public const string Participation = "participation";
    private const string DimensionPrefix = "dimension:";
    private const string IndicatorPrefix = "indicateur:";

    public async Task<MapView?> BuildAsync(CachedPortrait portrait, string? key, CancellationToken cancellationToken)
    {
        var collecte = portrait.Collecte;
        var codes = collecte.Neighbourhoods.Select(n => n.Code).ToList();
        var shapes = await boundaries.ForAsync(codes, cancellationToken);
        if (shapes.Count == 0) return null;
        var ids = await db.Territories.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(t => new { t.Id, t.Code }).ToListAsync(cancellationToken);
        var byId = await indicators.ForAsync(ids.Select(i => i.Id).ToList(), cancellationToken);
        var values = ids.ToDictionary(i => i.Code, i => byId[i.Id].ToDictionary(v => v.Indicator, StringComparer.Ordinal), StringComparer.Ordinal);
        var language = Languages.Current;
        var charts = new PortraitCharts(portrait, language);
        // Partners answer for organisations: a count of them, never a rate per resident.
        var partners = collecte.Audience == Audience.Partner;
        var measures = new List<MapMeasure> { new(Participation, local[partners ? "Map.PartnerParticipation" : "Map.Participation"]) };
        measures.AddRange(charts.Dimensions.Select(d => new MapMeasure(DimensionPrefix + d.Id, local["Map.Dimension", d.Title])));
        measures.AddRange(values.Values.SelectMany(v => v.Keys).Distinct().Select(name => new MapMeasure(IndicatorPrefix + name, name)));
        var measure = measures.FirstOrDefault(m => m.Key == key) ?? measures[0];
        var numbers = Numbers.Current;
        // The portrait's words for a hidden figure: « n < 5 », or « masqué » in a neighbourhood hidden to protect another.
        var hidden = $"n < {portrait.Portrait.MinCell}";
        var complement = portraitText["Respondents.Complement"].Value;
        var areas = collecte.Neighbourhoods.Where(n => shapes.ContainsKey(n.Code)).Select(n =>
        {
            var (value, text, isHidden) = Value(portrait, measure.Key, n, values.GetValueOrDefault(n.Code), numbers);
            var isComplement = isHidden && portrait.Respondents(portrait.MainAudience, n.Code).Reason == SuppressionReason.Complement;
            return new MapArea(n.Code, n.Name, shapes[n.Code], isHidden ? null : value, isHidden ? isComplement ? complement : hidden : text, isHidden, isComplement);
        }).ToList();
        var title = local["Map.Title", measure.Label].Value;
        var drawing = ChoroplethMap.Layout(areas, new MapWords(title, hidden, local["Map.NoData"], complement), numbers);
        var query = $"?{Query}={Uri.EscapeDataString(measure.Key)}&{Languages.QueryKey}={language}";
        var path = $"/portrait/{Uri.EscapeDataString(collecte.Code)}/carte";
        return new MapView(title, MapSvg.Write(drawing), measure.Key, measures, areas.Select(a => new MapRow(a.Name, a.ValueText)).ToList(),
            path + ".svg" + query, path + ".png" + query) { Drawing = drawing };
    }

    private (double? Value, string Text, bool Hidden) Value(
        CachedPortrait portrait, string key, PortraitNeighbourhood neighbourhood, Dictionary<string, Data.Entities.TerritoryIndicator>? indicators, Core.Formatting.NumberText numbers)
    {
        if (key == Participation)
        {
            var count = portrait.Respondents(portrait.MainAudience, neighbourhood.Code);
            if (count.Suppressed) return (null, "", true);
            if (portrait.Collecte.Audience == Audience.Partner && count.N is { } organisations)
                return (organisations, numbers.Count(organisations), false);
            if (count.N is not { } n || neighbourhood.Population is not > 0) return (null, "—", false);
            var rate = 1000.0 * n / neighbourhood.Population.Value;
            return (rate, local["Map.PerThousand", numbers.Number(rate, 1)].Value, false);
        }
        if (key.StartsWith(DimensionPrefix, StringComparison.Ordinal))
        {
            var row = portrait.Portrait.Find(portrait.MainAudience, neighbourhood.Code, FigureLevel.Dimension, key[DimensionPrefix.Length..]);
            return row switch
            {
                { Suppressed: true } => (null, "", true),
                { Score: { } score } => (score, numbers.Number(score), false),
                _ => (null, "—", false),
            };
        }
        var name = key[IndicatorPrefix.Length..];
        return indicators is not null && indicators.TryGetValue(name, out var indicator)
            ? (indicator.Value, IndicatorText.Value(numbers, indicator.Value, indicator.Unit), false)
            : (null, "—", false);
    }
}
