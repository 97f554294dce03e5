using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Web.Demo;

namespace Diagnostic.Web.Tests.Demo;

public class DemoResponseGeneratorTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(-4));
    private static readonly DateTimeOffset End = new(2026, 10, 15, 0, 0, 0, TimeSpan.FromHours(-4));
    private static readonly Questionnaire Questionnaire = DemoQuestionnaire.Build();

    private static readonly DemoNeighbourhood[] Neighbourhoods =
    [
        new("JARDINS", new Dictionary<string, double> { ["appartenance"] = 0.85, ["services"] = 0.5 }),
        new("ASCOT", new Dictionary<string, double> { ["appartenance"] = 0.3, ["services"] = 0.5 }),
        new("CENTRE", new Dictionary<string, double> { ["services"] = 0.2 }, Weight: 2),
    ];

    private static List<ResponseRecord> Generate(int count, int seed = 2026) =>
        new DemoResponseGenerator(Questionnaire, Neighbourhoods, new DemoOptions(seed, Start, End)).Generate(count).ToList();

    private static string? Value(ResponseRecord response, string questionId) =>
        response.Values[Questionnaire.Questions.ToList().FindIndex(q => q.Id == questionId)];

    [Fact]
    public void Same_seed_gives_the_same_responses_and_another_seed_does_not()
    {
        var first = Generate(300);
        var again = Generate(300);
        var other = Generate(300, seed: 7);

        Assert.Equal(first.Select(Flatten), again.Select(Flatten));
        Assert.NotEqual(first.Select(Flatten), other.Select(Flatten));
    }

    [Fact]
    public void Every_value_follows_the_stored_value_rules_of_its_question()
    {
        foreach (var response in Generate(3000))
        {
            Assert.Equal(Questionnaire.Questions.Count, response.Values.Count);
            for (var i = 0; i < response.Values.Count; i++)
            {
                if (response.Values[i] is { } value)
                {
                    AssertValid(Questionnaire.Questions[i], value);
                }
            }
        }
    }

    [Fact]
    public void Required_questions_are_always_answered_and_hidden_ones_never()
    {
        var responses = Generate(3000);

        Assert.All(responses, r => Assert.NotNull(Value(r, "age")));
        Assert.All(responses, r => Assert.NotNull(Value(r, "force")));
        Assert.All(responses.Where(r => Value(r, "lieux")?.Split('|').Contains("autre") != true),
            r => Assert.Null(Value(r, "lieux_autre")));
        Assert.Contains(responses, r => Value(r, "lieux_autre") is not null);
        Assert.All(responses.Where(r => Value(r, "age") == "14-17" || Value(r, "nb_personnes") is null),
            r => Assert.Null(Value(r, "age_precis")));
        Assert.Contains(responses, r => Value(r, "age_precis") is not null);
    }

    [Fact]
    public void Dont_know_skips_and_whole_skipped_dimensions_come_at_their_rates()
    {
        var responses = Generate(4000);
        var chezMoi = responses.Select(r => Value(r, "app_chez_moi")).ToList();

        // Expected: 5 % NSP among given answers; 8 % skipped items plus 3 % skipped dimensions ≈ 10.8 % empty.
        var nsp = chezMoi.Count(v => v == Scale.DontKnowCode) / (double)chezMoi.Count(v => v is not null);
        var empty = chezMoi.Count(v => v is null) / (double)chezMoi.Count;
        Assert.InRange(nsp, 0.035, 0.065);
        Assert.InRange(empty, 0.085, 0.135);
        Assert.DoesNotContain(responses, r => Value(r, "app_attachement") == Scale.DontKnowCode);
        var wholeDimensionSkipped = responses.Count(r => Value(r, "serv_aliments") is null && Value(r, "serv_transport") is null);
        Assert.InRange(wholeDimensionSkipped, 0.03 * 4000 * 0.7, 0.03 * 4000 + 0.08 * 0.08 * 4000 * 2);
    }

    [Fact]
    public void Neighbourhood_strong_on_belonging_answers_higher_and_reversed_items_go_the_other_way()
    {
        var responses = Generate(6000);

        double Mean(string neighbourhood, string questionId) => responses
            .Where(r => r.Neighbourhood == neighbourhood)
            .Select(r => Value(r, questionId))
            .Where(v => v is not null && v != Scale.DontKnowCode)
            .Average(v => int.Parse(v!, CultureInfo.InvariantCulture));

        Assert.True(Mean("JARDINS", "app_chez_moi") - Mean("ASCOT", "app_chez_moi") > 1.0);
        Assert.True(Mean("JARDINS", "app_attachement") - Mean("ASCOT", "app_attachement") > 0.8);
        Assert.True(Mean("ASCOT", "app_demenager") - Mean("JARDINS", "app_demenager") > 1.0);
        Assert.True(Mean("JARDINS", "serv_transport") - Mean("CENTRE", "serv_transport") > 0.8);
    }

    [Fact]
    public void Respondents_are_spread_over_neighbourhoods_by_weight_and_over_the_collecte()
    {
        var responses = Generate(4000);

        var centreShare = responses.Count(r => r.Neighbourhood == "CENTRE") / 4000.0;
        Assert.InRange(centreShare, 0.45, 0.55);
        Assert.All(responses, r => Assert.InRange(r.SubmittedAt!.Value, Start, End));
        Assert.True(responses.Max(r => r.SubmittedAt)!.Value - responses.Min(r => r.SubmittedAt)!.Value > TimeSpan.FromDays(40));
        Assert.All(responses, r => Assert.Contains(r.Language, new[] { "fr", "en" }));
        Assert.All(responses, r => Assert.Equal(Audience.Citizen, r.Audience));
    }

    [Fact]
    public void Response_ids_are_unique_and_depend_only_on_seed_and_position()
    {
        var responses = Generate(5000);

        Assert.Equal(5000, responses.Select(r => r.ResponseId).Distinct().Count());
        Assert.Equal(responses[41].ResponseId, Generate(42)[41].ResponseId);
        Assert.All(responses, r => Assert.True(Guid.TryParse(r.ResponseId, out _)));
    }

    [Fact]
    public void Responses_are_streamed_not_built_in_advance()
    {
        var generator = new DemoResponseGenerator(Questionnaire, Neighbourhoods, new DemoOptions(1, Start, End));

        var firstFive = generator.Generate(int.MaxValue).Take(5).ToList();

        Assert.Equal(5, firstFive.Count);
    }

    [Fact]
    public void Varied_profiles_give_each_neighbourhood_a_strength_and_a_weakness()
    {
        var profiles = DemoNeighbourhood.Varied(["A", "B", "C"], ["d1", "d2", "d3", "d4"], seed: 3);

        Assert.Equal(["A", "B", "C"], profiles.Select(p => p.Code));
        Assert.All(profiles, p => Assert.True(p.Levels.Values.Max() - p.Levels.Values.Min() > 0.4));
        Assert.Equal(3, profiles.Select(p => p.Levels.MaxBy(l => l.Value).Key).Distinct().Count());
    }

    private static string Flatten(ResponseRecord r) =>
        $"{r.ResponseId};{r.Neighbourhood};{r.Language};{r.SubmittedAt:O};{string.Join(";", r.Values.Select(v => v ?? "∅"))}";

    /// <summary>The rules of src/Diagnostic.Core/Questionnaires/README.md, "How answers are written", checked independently.</summary>
    private static void AssertValid(Question question, string value)
    {
        Assert.False(string.IsNullOrWhiteSpace(value), question.Id);
        var codes = question.ChoiceList.Select(c => c.Code).ToList();
        switch (question.Type)
        {
            case QuestionType.Scale:
                Assert.True(value == Scale.DontKnowCode && question.Scale!.HasDontKnow
                    || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && question.Scale!.Contains(code),
                    $"{question.Id}: {value}");
                break;
            case QuestionType.Single:
                Assert.Contains(value, codes);
                break;
            case QuestionType.Multiple:
                var chosen = value.Split('|');
                Assert.InRange(chosen.Length, 1, question.MaxChoices ?? codes.Count);
                Assert.Equal(chosen.OrderBy(c => codes.IndexOf(c)), chosen);
                Assert.Equal(chosen.Length, chosen.Distinct().Count());
                Assert.All(chosen, c => Assert.Contains(c, codes));
                break;
            case QuestionType.Ranking:
                var ranked = value.Split('>');
                Assert.Equal(question.Rank, ranked.Length);
                Assert.Equal(ranked.Length, ranked.Distinct().Count());
                Assert.All(ranked, c => Assert.Contains(c, codes));
                break;
            case QuestionType.Number:
                Assert.Matches(@"^-?\d+(\.\d+)?$", value);
                var number = double.Parse(value, CultureInfo.InvariantCulture);
                Assert.InRange(number, question.Min ?? double.MinValue, question.Max ?? double.MaxValue);
                Assert.True(!question.Integer || number == Math.Floor(number), $"{question.Id}: {value}");
                break;
            case QuestionType.Text:
                Assert.InRange(value.Length, 1, question.MaxLength);
                break;
        }
    }
}
