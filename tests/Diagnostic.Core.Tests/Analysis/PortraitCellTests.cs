using System.Globalization;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

/// <summary>
/// The accumulators the database keeps per audience × neighbourhood: order of adds, removals and the stored cells'
/// round trip must not change one character of the portrait file.
/// </summary>
public class PortraitCellTests
{
    private static readonly Scale Agree5 = QuestionnaireBuilder.MakeScale("accord5", [1, 2, 3, 4, 5], dontKnow: true);

    // Mixed scales in one dimension (4 and 5 points, one reversed), a number with decimals, single and multiple choices.
    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Dimension("app", s => s.Scale("a1").Scale("a2", reverse: true).Scale("a3", scale: Agree5))
        .Dimension("env", s => s.Scale("e1", scale: Agree5).Scale("e2", scale: Agree5).Scale("e3", reverse: true, scale: Agree5))
        .Section("profil", s => s.Number("age").Single("genre", "f", "h", "x").Multiple("transport", "auto", "bus", "velo"))
        .Build();

    [Fact]
    public void Shuffled_adds_removed_extras_and_stored_cells_give_the_same_portrait_file_as_one_pass()
    {
        var random = new Random(7);
        var kept = Enumerable.Range(0, 600).Select(i => Response(random, i)).ToList();
        var extra = Enumerable.Range(600, 150).Select(i => Response(random, i)).ToList();
        var options = new AnalysisOptions { MinCell = 5 };

        var onePass = new PortraitBuilder(Questionnaire, options);
        kept.ForEach(onePass.Add);

        // Another order, with responses added then deleted, as submissions, imports and deletions would leave them.
        var maintained = new PortraitBuilder(Questionnaire, options);
        foreach (var response in kept.Concat(extra).OrderBy(_ => random.Next())) maintained.Add(response);
        foreach (var response in extra.OrderBy(_ => random.Next())) maintained.Remove(response);
        // Then through the stored bytes, one cell at a time.
        var stored = new PortraitBuilder(Questionnaire, options);
        foreach (var (audience, neighbourhood) in maintained.Cells.ToList())
            stored.MergeCell(audience, neighbourhood, maintained.WriteCell(audience, neighbourhood));

        var expected = PortraitCsvWriter.ToCsv(onePass.Build());
        Assert.Equal(expected, PortraitCsvWriter.ToCsv(maintained.Build()));
        Assert.Equal(expected, PortraitCsvWriter.ToCsv(stored.Build()));
        Assert.Equal(kept.Count, stored.ResponseCount);
        Assert.Contains(onePass.Build().Rows, r => r is { Level: FigureLevel.Dimension, Alpha: not null, Flag: not null });
    }

    [Fact]
    public void A_neighbourhood_whose_responses_are_all_removed_leaves_the_portrait_and_the_likert_counts()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 40).Select(i => Response(random, i) with { Neighbourhood = "A" }).ToList();
        var b = Enumerable.Range(40, 40).Select(i => Response(random, i) with { Neighbourhood = "B" }).ToList();
        var only = new PortraitBuilder(Questionnaire);
        var likertOnly = new LikertCountsBuilder(Questionnaire);
        a.ForEach(r => { only.Add(r); likertOnly.Add(r); });
        var both = new PortraitBuilder(Questionnaire);
        var likertBoth = new LikertCountsBuilder(Questionnaire);
        a.Concat(b).ToList().ForEach(r => { both.Add(r); likertBoth.Add(r); });
        b.ForEach(r => { both.Remove(r); likertBoth.Remove(r); });

        var portrait = both.Build();
        Assert.Equal(PortraitCsvWriter.ToCsv(only.Build()), PortraitCsvWriter.ToCsv(portrait));
        Assert.Equal(likertOnly.Build(only.Build()).Items, likertBoth.Build(portrait).Items, LikertItemComparer.Instance);
        Assert.True(both.IsEmpty(Audience.Citizen, "B"));
    }

    [Fact]
    public void A_stored_cell_of_another_questionnaire_is_refused()
    {
        var builder = new PortraitBuilder(Questionnaire);
        builder.Add(Response(new Random(1), 0));
        var bytes = builder.WriteCell(Audience.Citizen, builder.Cells.Single().Neighbourhood);
        var other = new PortraitBuilder(new QuestionnaireBuilder().Dimension("app", s => s.Scale("a1")).Build());
        Assert.Throws<InvalidDataException>(() => other.MergeCell(Audience.Citizen, "N1", bytes));
    }

    private static ResponseRecord Response(Random random, int i)
    {
        string? Scale(int highest) => random.Next(10) switch { 0 => null, 1 => "NSP", _ => random.Next(1, highest + 1).ToString(CultureInfo.InvariantCulture) };
        var values = new[]
        {
            Scale(4), Scale(4), Scale(5), Scale(5), Scale(5), Scale(5),
            random.Next(5) == 0 ? null : (18 + random.Next(600) / 10.0).ToString(CultureInfo.InvariantCulture),
            new[] { "f", "h", "x", null }[random.Next(4)],
            new[] { "auto", "bus|velo", "auto|bus|velo", null }[random.Next(4)],
        };
        return TestResponses.Of($"N{random.Next(1, 8)}", values) with { ResponseId = $"r{i}" };
    }

    private sealed class LikertItemComparer : IEqualityComparer<LikertCountsItem>
    {
        public static readonly LikertItemComparer Instance = new();
        public bool Equals(LikertCountsItem? x, LikertCountsItem? y) =>
            x!.Audience == y!.Audience && x.Neighbourhood == y.Neighbourhood && x.ItemId == y.ItemId
            && x.Suppressed == y.Suppressed && (x.Counts ?? []).SequenceEqual(y.Counts ?? []) && x.DontKnow == y.DontKnow;
        public int GetHashCode(LikertCountsItem obj) => obj.ItemId.GetHashCode(StringComparison.Ordinal);
    }
}
