using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

public class LikertCountsTests
{
    private static readonly Scale Five = QuestionnaireBuilder.MakeScale("accord5", [1, 2, 3, 4, 5], dontKnow: true);

    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "jeune", "vieux"), profile: true)
        .Dimension("dim", s => s.Scale("i1").Scale("i2", reverse: true, scale: Five).Text("libre"))
        .Build();

    /// <summary>Feeds the same responses to both builders, as the portrait service does in its one pass.</summary>
    private static (Portrait Portrait, LikertCounts Counts) Build(IEnumerable<ResponseRecord> responses)
    {
        var portrait = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        var counts = new LikertCountsBuilder(Questionnaire);
        foreach (var response in responses)
        {
            portrait.Add(response);
            counts.Add(response);
        }
        var built = portrait.Build();
        return (built, counts.Build(built));
    }

    private static IEnumerable<ResponseRecord> Repeat(int times, string neighbourhood, string? i1, string? i2) =>
        Enumerable.Range(0, times).Select(_ => TestResponses.Of(neighbourhood, "jeune", i1, i2, null));

    [Fact]
    public void Each_scale_point_and_dont_know_is_counted_per_neighbourhood_and_for_all()
    {
        var (_, counts) = Build(
            Repeat(3, "A", "1", "5").Concat(Repeat(2, "A", "4", "NSP")).Concat(Repeat(2, "A", "NSP", "5"))
            .Concat(Repeat(6, "B", "2", "3")));

        var a = counts.Find(Audience.Citizen, "A", "i1")!;
        // By hand: A answered i1 with 1 three times, 4 twice, NSP twice; i2 with 5 five times, NSP twice.
        Assert.Equal([3, 0, 0, 2], a.Counts);
        Assert.Equal(2, a.DontKnow);
        // Reversed items keep the scale's own order: the chart, not the counts, deals with direction.
        Assert.Equal([0, 0, 0, 0, 5], counts.Find(Audience.Citizen, "A", "i2")!.Counts);
        Assert.Equal(2, counts.Find(Audience.Citizen, "A", "i2")!.DontKnow);
        var all = counts.Find(Audience.Citizen, PortraitRow.AllNeighbourhoods, "i1")!;
        Assert.Equal([3, 6, 0, 2], all.Counts);
        Assert.Equal(2, all.DontKnow);
    }

    [Fact]
    public void Only_scale_items_are_counted()
    {
        var (_, counts) = Build(Repeat(6, "A", "1", "2"));

        Assert.Null(counts.Find(Audience.Citizen, "A", "age"));
        Assert.Null(counts.Find(Audience.Citizen, "A", "libre"));
        Assert.Equal(["i1", "i2"], counts.Items.Where(i => i.Neighbourhood == "A").Select(i => i.ItemId));
    }

    [Fact]
    public void An_item_is_hidden_where_the_portrait_suppresses_its_question_row_complement_included()
    {
        // A: 3 answers (below min_cell 5); C is the smallest other neighbourhood, hidden as its complement.
        var (portrait, counts) = Build(Repeat(3, "A", "1", "1").Concat(Repeat(9, "B", "2", "2")).Concat(Repeat(7, "C", "3", "3")));

        Assert.True(portrait.Find(Audience.Citizen, "A", FigureLevel.Question, "i1")!.Suppressed);
        Assert.True(portrait.Find(Audience.Citizen, "C", FigureLevel.Question, "i1")!.Suppressed);
        foreach (var hidden in new[] { "A", "C" })
        {
            var item = counts.Find(Audience.Citizen, hidden, "i1")!;
            Assert.True(item.Suppressed);
            Assert.Null(item.Counts);
            Assert.Null(item.DontKnow);
        }
        Assert.Equal([0, 9, 0, 0], counts.Find(Audience.Citizen, "B", "i1")!.Counts);
        Assert.True(counts.Find(Audience.Citizen, PortraitRow.AllNeighbourhoods, "i1")!.IsShown);
    }

    [Fact]
    public void An_item_answered_only_dont_know_is_hidden_like_its_question_row()
    {
        // The portrait's n leaves NSP out, so six NSP answers make n = 0: the row is suppressed, the counts too.
        var (_, counts) = Build(Repeat(6, "A", "NSP", "2").Concat(Repeat(6, "B", "1", "2")).Concat(Repeat(6, "C", "1", "2")));

        Assert.True(counts.Find(Audience.Citizen, "A", "i1")!.Suppressed);
    }

    [Fact]
    public void Audiences_are_counted_apart()
    {
        var responses = Repeat(6, "A", "1", "1")
            .Concat(Enumerable.Range(0, 5).Select(_ => TestResponses.Of(Audience.Partner, "A", "jeune", "4", "5", null)));
        var (_, counts) = Build(responses);

        Assert.Equal([6, 0, 0, 0], counts.Find(Audience.Citizen, "A", "i1")!.Counts);
        Assert.Equal([0, 0, 0, 5], counts.Find(Audience.Partner, "A", "i1")!.Counts);
    }

    [Fact]
    public void Merged_builders_count_like_one()
    {
        var responses = Repeat(4, "A", "1", "2").Concat(Repeat(5, "A", "3", "NSP")).Concat(Repeat(6, "B", "4", "5")).ToList();
        var portrait = new PortraitBuilder(Questionnaire);
        foreach (var r in responses) portrait.Add(r);
        var built = portrait.Build();
        var one = new LikertCountsBuilder(Questionnaire);
        var left = new LikertCountsBuilder(Questionnaire);
        var right = new LikertCountsBuilder(Questionnaire);
        for (var i = 0; i < responses.Count; i++)
        {
            one.Add(responses[i]);
            (i % 2 == 0 ? left : right).Add(responses[i]);
        }
        left.Merge(right);

        Assert.Equal(
            one.Build(built).Items.Select(i => $"{i.Neighbourhood}/{i.ItemId}:{string.Join(',', i.Counts ?? [])}+{i.DontKnow}"),
            left.Build(built).Items.Select(i => $"{i.Neighbourhood}/{i.ItemId}:{string.Join(',', i.Counts ?? [])}+{i.DontKnow}"));
    }

    [Fact]
    public void A_value_off_the_scale_is_a_bug_and_throws()
    {
        var builder = new LikertCountsBuilder(Questionnaire);

        Assert.Throws<ArgumentException>(() => builder.Add(TestResponses.Of("A", "jeune", "9", null, null)));
    }
}
