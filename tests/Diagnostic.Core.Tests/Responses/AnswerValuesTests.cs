using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class AnswerValuesTests
{
    private static readonly Question Places = new("lieux", QuestionType.Multiple, LocalizedText.Of("?"),
        Choices: [.. new[] { "parc", "ecole", "autre" }.Select(c => new Choice(c, LocalizedText.Of(c)))]);

    [Fact]
    public void Multiple_codes_are_joined_in_the_file_order_whatever_the_click_order() =>
        Assert.Equal("parc|autre", AnswerValues.JoinMultiple(Places, ["autre", "parc", "autre"]));

    [Fact]
    public void Joined_multiple_value_passes_the_answer_rule() =>
        Assert.Null(AnswerRules.Check(Places, AnswerValues.JoinMultiple(Places, ["autre", "ecole"])));

    [Fact]
    public void Ranking_codes_keep_the_given_order() =>
        Assert.Equal("autre>parc", AnswerValues.JoinRanking(["autre", "parc"]));

    [Fact]
    public void Codes_splits_a_multiple_value_and_nothing_for_not_answered()
    {
        Assert.Equal(["parc", "autre"], AnswerValues.Codes(Places, "parc|autre"));
        Assert.Empty(AnswerValues.Codes(Places, ""));
        Assert.Empty(AnswerValues.Codes(Places, null));
    }

    [Theory]
    [InlineData(" 3,5 ", "3.5")]
    [InlineData("+12", "12")]
    [InlineData("1\u202F200", "1200")]
    [InlineData("-0.5", "-0.5")]
    public void Numbers_typed_the_french_way_are_normalised(string input, string expected)
    {
        Assert.True(AnswerValues.TryNormalizeNumber(input, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Text_that_is_not_a_number_stays_as_typed()
    {
        Assert.False(AnswerValues.TryNormalizeNumber("douze", out var value));
        Assert.Equal("douze", value);
    }
}
