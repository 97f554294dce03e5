using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Benchmarks;

/// <summary>
/// The benchmark's collecte: 40 scale items in 8 dimensions of 5, 30 neighbourhoods, and a seeded generator
/// whose neighbourhoods differ (a latent level per neighbourhood × dimension) with some NSP and skipped items.
/// </summary>
internal static class SyntheticCollecte
{
    public const int Dimensions = 8;
    public const int ItemsPerDimension = 5;
    public const int NeighbourhoodCount = 30;

    public static readonly string[] Neighbourhoods =
        Enumerable.Range(1, NeighbourhoodCount).Select(i => $"Q{i:00}").ToArray();

    public static Questionnaire Questionnaire { get; } = BuildQuestionnaire();

    private static readonly string[] Codes = ["1", "2", "3", "4", "5"];

    public static IEnumerable<ResponseRecord> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var levels = new double[NeighbourhoodCount, Dimensions];
        for (var n = 0; n < NeighbourhoodCount; n++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                levels[n, d] = 1.8 + 2.4 * random.NextDouble();
            }
        }
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        for (var r = 0; r < count; r++)
        {
            var n = random.Next(NeighbourhoodCount);
            var values = new string?[Dimensions * ItemsPerDimension];
            for (var i = 0; i < values.Length; i++)
            {
                var roll = random.NextDouble();
                values[i] = roll < 0.05 ? Scale.DontKnowCode
                    : roll < 0.12 ? null
                    : Codes[Math.Clamp((int)Math.Round(levels[n, i / ItemsPerDimension] + random.NextDouble() * 2 - 1), 0, 4)];
            }
            yield return new ResponseRecord(
                r.ToString("x8", CultureInfo.InvariantCulture), Neighbourhoods[n], Audience.Citizen, "fr",
                start.AddMinutes(r % 50_000), values);
        }
    }

    private static Questionnaire BuildQuestionnaire()
    {
        var points = Enumerable.Range(1, 5).Select(c => new ScalePoint(c, LocalizedText.Of($"Point {c}"))).ToList();
        var scale = new Scale("accord5", points, LocalizedText.Of("Je ne sais pas"));
        var sections = Enumerable.Range(1, Dimensions).Select(d => new Section(
            $"dim{d}",
            LocalizedText.Of($"Dimension {d}"),
            Enumerable.Range(1, ItemsPerDimension).Select(i => new Question(
                $"d{d}_item{i}", QuestionType.Scale, LocalizedText.Of($"Item {d}.{i}"),
                Scale: scale, Reverse: i == ItemsPerDimension)).ToList(),
            IsDimension: true)).ToList();
        return new Questionnaire("bench", 1, Audience.Citizen, LocalizedText.Of("Banc d'essai"), null,
            new Dictionary<string, Scale> { [scale.Id] = scale }, sections, "bench-v1");
    }
}
