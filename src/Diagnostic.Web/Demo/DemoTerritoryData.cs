using System.Globalization;
using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Demo;

/// <summary>
/// The demo's territory data: neighbourhood outlines drawn for the demo (plausible shapes on a 3 × 2 layout around
/// Shawinigan, not the real limits), published-looking indicators with the city's own values, and a census by age
/// band for the citizen collecte so the weighted portrait and the representativeness comparison have something to show.
/// </summary>
public static class DemoTerritoryData
{
    private const double West = -72.82;
    private const double North = 46.60;
    private const double CellLon = 0.055;
    private const double CellLat = 0.04;

    /// <summary>Where each secteur sits (column, row from the north) and its indicators: low income %, deprivation quintile, lone-parent %, 65+ %.</summary>
    private static readonly Dictionary<string, (int Col, int Row, double LowIncome, int Quintile, double LoneParent, double Seniors)> Places = new()
    {
        ["grand-mere"] = (0, 0, 19.4, 4, 19.8, 31.2),
        ["saint-georges"] = (1, 0, 11.2, 2, 13.1, 24.5),
        ["lac-a-la-tortue"] = (2, 0, 8.9, 2, 11.4, 22.8),
        ["saint-marc"] = (0, 1, 24.7, 5, 23.6, 29.9),
        ["christ-roi"] = (1, 1, 21.3, 5, 21.0, 30.4),
        ["shawinigan-sud"] = (2, 1, 12.6, 3, 14.9, 25.1),
    };

    public static void Add(DiagnosticDbContext db, Territory city, (Collecte Collecte, Questionnaire Questionnaire)? citizen, DateTimeOffset now)
    {
        foreach (var hood in city.Children)
        {
            if (!Places.TryGetValue(hood.Code, out var place)) continue;
            db.NeighbourhoodBoundaries.Add(new NeighbourhoodBoundary { Territory = hood, GeoJson = Outline(place.Col, place.Row, hood.Code.Length) });
            Indicators(db, hood, place.LowIncome, place.Quintile, place.LoneParent, place.Seniors);
        }
        Indicators(db, city, 17.1, 4, 18.2, 28.0);
        if (citizen is { } c && Census(c.Collecte, c.Questionnaire, city, now) is { } census) db.CollecteCensuses.Add(census);
    }

    private static void Indicators(DiagnosticDbContext db, Territory territory, double lowIncome, int quintile, double loneParent, double seniors)
    {
        db.TerritoryIndicators.Add(new TerritoryIndicator { Territory = territory, Indicator = "Faible revenu (MFR après impôt)", Value = lowIncome, Unit = "%", Source = "Statistique Canada, Recensement", Year = 2021 });
        db.TerritoryIndicators.Add(new TerritoryIndicator { Territory = territory, Indicator = "Défavorisation matérielle (quintile)", Value = quintile, Unit = "", Source = "INSPQ, indice de défavorisation", Year = 2021 });
        db.TerritoryIndicators.Add(new TerritoryIndicator { Territory = territory, Indicator = "Familles monoparentales", Value = loneParent, Unit = "%", Source = "Statistique Canada, Recensement", Year = 2021 });
        db.TerritoryIndicators.Add(new TerritoryIndicator { Territory = territory, Indicator = "Personnes de 65 ans et plus", Value = seniors, Unit = "%", Source = "Statistique Canada, Recensement", Year = 2021 });
    }

    /// <summary>An irregular octagon inside the secteur's cell (so outlines never overlap), closed, counter-clockwise.</summary>
    private static string Outline(int col, int row, int seed)
    {
        var random = new Random(seed * 31 + col * 7 + row);
        var (cx, cy) = (West + (col + 0.5) * CellLon, North - (row + 0.5) * CellLat);
        var points = Enumerable.Range(0, 8).Select(i =>
        {
            var angle = 2 * Math.PI * i / 8;
            var stretch = 0.36 + 0.1 * random.NextDouble();
            return (cx + Math.Cos(angle) * CellLon * stretch, cy + Math.Sin(angle) * CellLat * stretch);
        }).ToList();
        points.Add(points[0]);
        var coordinates = string.Join(",", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Item1:0.00000},{p.Item2:0.00000}]")));
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{coordinates}]]}}";
    }

    /// <summary>Population by answer of the `age` profile question: each secteur's population spread on a typical age pyramid.</summary>
    private static CollecteCensus? Census(Collecte collecte, Questionnaire questionnaire, Territory city, DateTimeOffset now)
    {
        var age = questionnaire.Sections.Where(s => s.IsProfile).SelectMany(s => s.Questions)
            .FirstOrDefault(q => q.Id == "age" && q.Type == QuestionType.Single);
        if (age is null) return null;
        double[] typical = [0.05, 0.08, 0.25, 0.33, 0.29];
        var codes = age.ChoiceList.Select(c => c.Code).ToList();
        var csv = new StringBuilder("neighbourhood,age,population\n");
        foreach (var hood in city.Children)
        {
            var seniors = Places.TryGetValue(hood.Code, out var place) ? place.Seniors / 100 : 0.28;
            for (var i = 0; i < codes.Count; i++)
            {
                var share = codes.Count == typical.Length ? typical[i] * (i == codes.Count - 1 ? seniors / 0.29 : (1 - seniors) / 0.71) : 1.0 / codes.Count;
                csv.Append(CultureInfo.InvariantCulture, $"{hood.Code},{codes[i]},{Math.Round((hood.Population ?? 1000) * share)}\n");
            }
        }
        return new CollecteCensus { Collecte = collecte, FileName = "recensement-demo.csv", QuestionId = age.Id, Csv = csv.ToString(), ImportedAt = now };
    }
}
