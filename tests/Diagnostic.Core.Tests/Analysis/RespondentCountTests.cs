using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

/// <summary>Respondent counts are figures: suppressed like every figure, primary and complementary rules (src/Diagnostic.Core/Analysis/README.md).</summary>
public class RespondentCountTests
{
    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "jeune", "vieux"), profile: true)
        .Dimension("dim", s => s.Scale("i1").Scale("i2"))
        .Build();

    private static Portrait Build(params (string Neighbourhood, int N)[] sizes) =>
        Build(sizes.SelectMany(s => Enumerable.Range(0, s.N).Select(i => TestResponses.Of(s.Neighbourhood, i % 2 == 0 ? "jeune" : "vieux", "2", "3"))));

    private static Portrait Build(IEnumerable<ResponseRecord> responses)
    {
        var builder = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        foreach (var response in responses) builder.Add(response);
        return builder.Build();
    }

    private static (string Unit, int? N, SuppressionReason Reason)[] Counts(Portrait portrait, Audience audience = Audience.Citizen) =>
        portrait.Respondents.Where(r => r.Audience == audience).Select(r => (r.Neighbourhood, r.N, r.Reason)).ToArray();

    [Fact]
    public void One_small_neighbourhood_is_hidden_with_the_next_smallest_and_ALL_minus_the_others_gives_no_count()
    {
        var portrait = Build(("A", 3), ("B", 9), ("C", 7), ("D", 12));

        Assert.Equal(
            [("ALL", 31, SuppressionReason.None), ("A", null, SuppressionReason.TooFew), ("B", 9, SuppressionReason.None),
             ("C", null, SuppressionReason.Complement), ("D", 12, SuppressionReason.None)],
            Counts(portrait));
        // 31 − 9 − 12 = 10 is A and C together: neither can be told.
    }

    [Fact]
    public void With_one_small_and_one_other_neighbourhood_both_are_hidden_and_ALL_is_shown()
    {
        var portrait = Build(("A", 3), ("B", 20));

        Assert.Equal(
            [("ALL", 23, SuppressionReason.None), ("A", null, SuppressionReason.TooFew), ("B", null, SuppressionReason.Complement)],
            Counts(portrait));
    }

    [Fact]
    public void ALL_below_min_cell_is_hidden_with_every_neighbourhood()
    {
        Assert.Equal(
            [("ALL", null, SuppressionReason.TooFew), ("A", null, SuppressionReason.TooFew), ("B", null, SuppressionReason.TooFew)],
            Counts(Build(("A", 2), ("B", 1))));
        // A single small neighbourhood is ALL: both hidden, so ALL cannot give it either.
        Assert.Equal([("ALL", null, SuppressionReason.TooFew), ("A", null, SuppressionReason.TooFew)], Counts(Build(("A", 3))));
    }

    [Fact]
    public void Two_small_neighbourhoods_need_no_complement()
    {
        var portrait = Build(("A", 3), ("B", 4), ("C", 7), ("D", 12));

        Assert.Equal(
            [("ALL", 26, SuppressionReason.None), ("A", null, SuppressionReason.TooFew), ("B", null, SuppressionReason.TooFew),
             ("C", 7, SuppressionReason.None), ("D", 12, SuppressionReason.None)],
            Counts(portrait));
    }

    [Fact]
    public void With_no_small_neighbourhood_every_count_is_shown_and_ALL_is_their_sum()
    {
        var portrait = Build(("A", 5), ("B", 9), ("C", 7));

        Assert.Equal(
            [("ALL", 21, SuppressionReason.None), ("A", 5, SuppressionReason.None), ("B", 9, SuppressionReason.None), ("C", 7, SuppressionReason.None)],
            Counts(portrait));
    }

    [Fact]
    public void Counts_are_responses_not_answers_and_are_decided_per_audience()
    {
        // A has 6 responses, 2 of them empty: its figures rest on 4 and are hidden, its respondent count is 6 and shown.
        var responses = new List<ResponseRecord>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(i < 2 ? TestResponses.Of("A", null, null, null) : TestResponses.Of("A", "jeune", "2", "3"));
            responses.Add(TestResponses.Of("B", "vieux", "2", "3"));
            responses.Add(TestResponses.Of("C", "vieux", "2", "3"));
        }
        responses.Add(TestResponses.Of(Audience.Partner, "A", "vieux", "2", "3"));
        responses.Add(TestResponses.Of(Audience.Partner, "B", "vieux", "2", "3"));
        var portrait = Build(responses);

        Assert.True(portrait.Find(Audience.Citizen, "A", FigureLevel.Dimension, "dim")!.Suppressed);
        Assert.Equal(
            [("ALL", 18, SuppressionReason.None), ("A", 6, SuppressionReason.None), ("B", 6, SuppressionReason.None), ("C", 6, SuppressionReason.None)],
            Counts(portrait));
        Assert.Equal(
            [("ALL", null, SuppressionReason.TooFew), ("A", null, SuppressionReason.TooFew), ("B", null, SuppressionReason.TooFew)],
            Counts(portrait, Audience.Partner));
        Assert.Equal([Audience.Citizen, Audience.Partner], portrait.Audiences);
    }

    [Fact]
    public void A_neighbourhood_nobody_answered_in_reads_as_too_few()
    {
        var count = Build(("A", 8)).RespondentsOf(Audience.Citizen, "Z");

        Assert.Equal(new RespondentCount(Audience.Citizen, "Z", null, SuppressionReason.TooFew), count);
    }

    [Fact]
    public void Merged_builders_count_the_responses_of_both()
    {
        var left = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        var right = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 5 });
        for (var i = 0; i < 3; i++)
        {
            left.Add(TestResponses.Of("A", "jeune", "2", "3"));
            right.Add(TestResponses.Of("A", "vieux", "2", "3"));
        }
        left.Merge(right);

        Assert.Equal(6, left.Build().RespondentsOf(Audience.Citizen, "A").N);
    }

    [Fact]
    public void Over_many_collectes_subtraction_from_ALL_never_gives_one_hidden_count()
    {
        var random = new Random(12);
        for (var trial = 0; trial < 300; trial++)
        {
            var sizes = Enumerable.Range(0, random.Next(1, 7)).Select(i => ($"N{i}", random.Next(1, 25))).ToArray();
            var counts = Build(sizes).Respondents;
            var all = counts[0];
            var hidden = counts.Skip(1).Count(c => c.Suppressed);

            Assert.Equal("ALL", all.Neighbourhood);
            Assert.True(all.Suppressed || hidden != 1, $"one hidden neighbourhood beside ALL in {string.Join(", ", sizes)}");
            if (all.N is { } total && hidden == 0)
                Assert.Equal(total, counts.Skip(1).Sum(c => c.N));
            Assert.All(counts, c => Assert.Equal(c.Suppressed, c.N is null));
        }
    }

    [Fact]
    public void Respondent_counts_are_no_rows_of_the_portrait_file()
    {
        var portrait = Build(("A", 3), ("B", 9), ("C", 7));
        var lines = PortraitCsvWriter.ToCsv(portrait).TrimEnd('\n').Split('\n');

        Assert.NotEmpty(portrait.Respondents);
        Assert.Equal(portrait.Rows.Count + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Matches("^citizen,[^,]+,(question|choice|dimension),", l));
    }
}
