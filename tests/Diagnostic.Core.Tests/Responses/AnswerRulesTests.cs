using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class AnswerRulesTests
{
    private static readonly Scale Accord4 = new(
        "accord4",
        [.. Enumerable.Range(1, 4).Select(i => new ScalePoint(i, LocalizedText.Of($"p{i}")))],
        LocalizedText.Of("Je ne sais pas"));

    private static readonly Scale WithoutDontKnow = Accord4 with { DontKnow = null };

    private static readonly IReadOnlyList<Choice> Places =
        [.. new[] { "parc", "ecole", "eglise", "autre" }.Select(c => new Choice(c, LocalizedText.Of(c)))];

    private static Question Of(QuestionType type) => new("q", type, LocalizedText.Of("?"));

    private static AnswerProblemKind? KindOf(Question question, string value) => AnswerRules.Check(question, value)?.Kind;

    [Fact]
    public void Empty_value_means_not_answered_and_is_never_a_problem_here()
    {
        foreach (var type in Enum.GetValues<QuestionType>())
        {
            var question = Of(type) with { Scale = Accord4, Choices = Places, Rank = 2 };
            Assert.Null(AnswerRules.Check(question, ""));
        }
    }

    [Fact]
    public void Blank_answer_is_refused_as_empty() =>
        Assert.Equal(AnswerProblemKind.Empty, KindOf(Of(QuestionType.Text), "   "));

    [Theory]
    [InlineData("1", null)]
    [InlineData("4", null)]
    [InlineData("NSP", null)]
    [InlineData("0", AnswerProblemKind.NotInScale)]
    [InlineData("5", AnswerProblemKind.NotInScale)]
    [InlineData("2.0", AnswerProblemKind.NotInScale)]
    [InlineData("02", AnswerProblemKind.NotInScale)]
    [InlineData("nsp", AnswerProblemKind.NotInScale)]
    [InlineData("d'accord", AnswerProblemKind.NotInScale)]
    public void Scale_answer_is_a_point_code_or_dont_know(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Scale) with { Scale = Accord4 }, value));

    [Fact]
    public void Dont_know_is_refused_when_the_scale_does_not_offer_it() =>
        Assert.Equal(AnswerProblemKind.DontKnowNotAllowed,
            KindOf(Of(QuestionType.Scale) with { Scale = WithoutDontKnow }, "NSP"));

    [Theory]
    [InlineData("parc", null)]
    [InlineData("Parc", AnswerProblemKind.UnknownChoice)]
    [InlineData("parc|ecole", AnswerProblemKind.UnknownChoice)]
    public void Single_answer_is_one_choice_code(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Single) with { Choices = Places }, value));

    [Theory]
    [InlineData("parc", null)]
    [InlineData("parc|ecole|autre", null)]
    [InlineData("parc|ecole|eglise|autre", AnswerProblemKind.TooManyChoices)]
    [InlineData("parc|piscine", AnswerProblemKind.UnknownChoice)]
    [InlineData("parc|parc", AnswerProblemKind.DuplicateChoice)]
    [InlineData("ecole|parc", AnswerProblemKind.NotInFileOrder)]
    [InlineData("parc||ecole", AnswerProblemKind.Empty)]
    [InlineData("parc|", AnswerProblemKind.Empty)]
    public void Multiple_answer_is_distinct_codes_in_file_order_up_to_max_choices(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Multiple) with { Choices = Places, MaxChoices = 3 }, value));

    [Fact]
    public void Multiple_without_max_choices_accepts_every_choice() =>
        Assert.Null(AnswerRules.Check(Of(QuestionType.Multiple) with { Choices = Places }, "parc|ecole|eglise|autre"));

    [Fact]
    public void Too_many_choices_reports_the_limit()
    {
        var problem = AnswerRules.Check(Of(QuestionType.Multiple) with { Choices = Places, MaxChoices = 2 }, "parc|ecole|autre");
        Assert.Equal(2, problem!.Limit);
        Assert.Equal("at most 2 choices are allowed", problem.Message);
    }

    [Theory]
    [InlineData("autre>parc", null)]
    [InlineData("parc>autre", null)]
    [InlineData("parc", null)]
    [InlineData("parc>ecole>autre", AnswerProblemKind.WrongRankCount)]
    [InlineData("parc>parc", AnswerProblemKind.DuplicateChoice)]
    [InlineData("parc>piscine", AnswerProblemKind.UnknownChoice)]
    [InlineData("parc|ecole", AnswerProblemKind.UnknownChoice)]
    [InlineData(">parc", AnswerProblemKind.Empty)]
    public void Ranking_answer_is_one_to_rank_distinct_codes_in_any_order(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Ranking) with { Choices = Places, Rank = 2 }, value));

    [Fact]
    public void Unknown_code_in_a_list_is_named()
    {
        var problem = AnswerRules.Check(Of(QuestionType.Ranking) with { Choices = Places, Rank = 2 }, "parc>piscine");
        Assert.Equal("piscine", problem!.Item);
        Assert.Equal("'piscine' is not one of the choices", problem.Message);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("99", null)]
    [InlineData("12.0", null)]
    [InlineData("-1", AnswerProblemKind.BelowMin)]
    [InlineData("100", AnswerProblemKind.AboveMax)]
    [InlineData("3.5", AnswerProblemKind.NotAnInteger)]
    [InlineData("3,5", AnswerProblemKind.NotANumber)]
    [InlineData("douze", AnswerProblemKind.NotANumber)]
    [InlineData("1e3", AnswerProblemKind.NotANumber)]
    [InlineData("NaN", AnswerProblemKind.NotANumber)]
    [InlineData(" 12", AnswerProblemKind.NotANumber)]
    [InlineData("NSP", AnswerProblemKind.NotANumber)]
    public void Integer_number_within_bounds(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Number) with { Min = 0, Max = 99, Integer = true }, value));

    [Theory]
    [InlineData("3.5", null)]
    [InlineData("-1000000", null)]
    [InlineData("0.25", null)]
    [InlineData("1000000000", null)]
    [InlineData("-1000000000", null)]
    // Beyond 10⁹ the portrait's exact sums overflowed: the submission failed with a server error (code review).
    [InlineData("1000000000.5", AnswerProblemKind.AboveMax)]
    [InlineData("10000000000000", AnswerProblemKind.AboveMax)]
    [InlineData("-10000000000000", AnswerProblemKind.BelowMin)]
    public void Decimal_number_without_bounds_is_accepted_up_to_a_billion_either_way(string value, AnswerProblemKind? expected) =>
        Assert.Equal(expected, KindOf(Of(QuestionType.Number), value));

    [Fact]
    public void Bound_crossed_is_reported_with_its_limit()
    {
        var problem = AnswerRules.Check(Of(QuestionType.Number) with { Min = 1.5 }, "1");
        Assert.Equal(AnswerProblemKind.BelowMin, problem!.Kind);
        Assert.Equal(1.5, problem.Limit);
        Assert.Equal("1 is below the minimum of 1.5", problem.Message);
    }

    [Fact]
    public void Text_is_limited_to_max_length_characters()
    {
        var question = Of(QuestionType.Text) with { MaxLength = 5 };
        Assert.Null(AnswerRules.Check(question, "école"));
        Assert.Equal(AnswerProblemKind.TooLong, KindOf(question, "écoles"));
    }

    [Fact]
    public void Text_defaults_to_two_thousand_characters()
    {
        var question = Of(QuestionType.Text);
        Assert.Null(AnswerRules.Check(question, new string('a', 2000)));
        Assert.Equal(2000, AnswerRules.Check(question, new string('a', 2001))!.Limit);
    }
}
