using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Questionnaires;

public class RelevanceExpressionTests
{
    private static bool Eval(string text, params (string Id, string Value)[] answers)
    {
        var parsed = RelevanceExpression.Parse(text);
        Assert.True(parsed.IsValid, $"{text}: {parsed.Error} at column {parsed.Column}");
        var values = answers.ToDictionary(a => a.Id, a => a.Value);
        return parsed.Expression!.IsTrue(id => values.GetValueOrDefault(id));
    }

    private static RelevanceParseResult Fails(string text)
    {
        var parsed = RelevanceExpression.Parse(text);
        Assert.False(parsed.IsValid, $"{text} should not parse");
        Assert.Null(parsed.Expression);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
        return parsed;
    }

    [Theory]
    [InlineData("age == '18-34'", "18-34", true)]
    [InlineData("age == '18-34'", "65+", false)]
    [InlineData("age != '18-34'", "65+", true)]
    [InlineData("age != '18-34'", "18-34", false)]
    public void Equality_compares_choice_codes_as_text(string text, string age, bool expected) =>
        Assert.Equal(expected, Eval(text, ("age", age)));

    [Theory]
    [InlineData("annees < 5", "3", true)]
    [InlineData("annees < 5", "5", false)]
    [InlineData("annees <= 5", "5", true)]
    [InlineData("annees > 5", "10", true)]
    [InlineData("annees >= 10", "9.5", false)]
    [InlineData("annees == 2", "2.0", true)]
    [InlineData("annees > -1.5", "-1", true)]
    public void Numbers_compare_numerically(string text, string annees, bool expected) =>
        Assert.Equal(expected, Eval(text, ("annees", annees)));

    [Fact]
    public void Ten_is_greater_than_nine_numerically_even_when_written_as_strings() =>
        Assert.True(Eval("annees > '9'", ("annees", "10")));

    [Theory]
    [InlineData("fier >= 3")]
    [InlineData("fier < 3")]
    [InlineData("fier == 3")]
    public void Dont_know_is_not_a_number_so_numeric_comparisons_are_false(string text) =>
        Assert.False(Eval(text, ("fier", "NSP")));

    [Fact]
    public void Dont_know_can_be_tested_as_a_string()
    {
        Assert.True(Eval("fier == 'NSP'", ("fier", "NSP")));
        Assert.True(Eval("fier != 3", ("fier", "NSP")));
    }

    [Fact]
    public void Ordering_comparison_of_non_numbers_is_false_both_ways()
    {
        Assert.False(Eval("age < 'b'", ("age", "a")));
        Assert.False(Eval("age > 'b'", ("age", "a")));
    }

    [Theory]
    [InlineData("lieux == 'parc'")]
    [InlineData("lieux != 'parc'")]
    [InlineData("lieux < 3")]
    [InlineData("lieux contains 'parc'")]
    public void Unanswered_operand_makes_every_comparison_false(string text) =>
        Assert.False(Eval(text));

    [Fact]
    public void Not_of_a_comparison_on_an_unanswered_question_is_true() =>
        Assert.True(Eval("not lieux == 'parc'"));

    [Fact]
    public void Empty_value_counts_as_unanswered()
    {
        Assert.False(Eval("age != 'x'", ("age", "")));
        Assert.False(Eval("answered(age)", ("age", "")));
    }

    [Theory]
    [InlineData("parc|autre", true)]
    [InlineData("autre", true)]
    [InlineData("parc", false)]
    [InlineData("autres", false)]
    public void Contains_looks_for_one_code_of_a_multiple_answer(string lieux, bool expected) =>
        Assert.Equal(expected, Eval("lieux contains 'autre'", ("lieux", lieux)));

    [Fact]
    public void Answered_is_true_for_any_value_including_dont_know()
    {
        Assert.True(Eval("answered(fier)", ("fier", "NSP")));
        Assert.False(Eval("answered(fier)"));
        Assert.True(Eval("not answered(fier)"));
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        // a or (b and c): true with only a.
        Assert.True(Eval("a == 1 or b == 1 and c == 1", ("a", "1")));
        // (a or b) and c would be false here.
        Assert.False(Eval("(a == 1 or b == 1) and c == 1", ("a", "1")));
    }

    [Fact]
    public void Not_applies_to_the_next_condition_only()
    {
        // (not a == 1) and b == 1
        Assert.False(Eval("not a == 1 and b == 1", ("a", "2"), ("b", "2")));
        Assert.True(Eval("not a == 1 and b == 1", ("a", "2"), ("b", "1")));
        Assert.True(Eval("not (a == 1 and b == 1)", ("a", "2"), ("b", "2")));
        Assert.True(Eval("not not a == 1", ("a", "1")));
    }

    [Fact]
    public void Doubled_quote_stands_for_a_quote_in_a_string() =>
        Assert.True(Eval("lieu == 'l''eau'", ("lieu", "l'eau")));

    [Fact]
    public void Referenced_questions_are_listed_once_each()
    {
        var parsed = RelevanceExpression.Parse("a == 1 or (answered(b) and not a contains 'x') or c > b");
        Assert.Equal(["a", "b", "c"], parsed.Expression!.ReferencedQuestions);
    }

    [Fact]
    public void Source_keeps_the_text_as_written()
    {
        const string text = "  app_lieux contains 'autre'  ";
        Assert.Equal(text, RelevanceExpression.Parse(text).Expression!.Source);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("   ", 1)]
    [InlineData("age = 'x'", 5)]
    [InlineData("age == \"x\"", 8)]
    [InlineData("age == 'x", 8)]
    [InlineData("age", 4)]
    [InlineData("age 'x'", 5)]
    [InlineData("age == ", 8)]
    [InlineData("age == 1 and", 13)]
    [InlineData("(age == 1", 10)]
    [InlineData("age == 1)", 9)]
    [InlineData("a == 1 b == 2", 8)]
    [InlineData("a < b < c", 7)]
    [InlineData("answered age", 10)]
    [InlineData("answered(1)", 10)]
    [InlineData("a == 1 && b == 2", 8)]
    [InlineData("a == 1.2.3", 6)]
    [InlineData("a == and", 6)]
    [InlineData("a == 1 @", 8)]
    public void Syntax_errors_give_the_column_inside_the_text(string text, int column) =>
        Assert.Equal(column, Fails(text).Column);

    [Fact]
    public void Single_equals_sign_error_suggests_double_equals() =>
        Assert.Contains("'=='", Fails("age = 'x'").Error);

    [Fact]
    public void Unclosed_parenthesis_error_points_back_to_the_opening_one() =>
        Assert.Contains("column 12", Fails("a == 1 and (b == 1").Error ?? "", StringComparison.Ordinal);
}
