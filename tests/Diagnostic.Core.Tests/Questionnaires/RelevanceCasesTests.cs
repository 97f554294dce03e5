using Diagnostic.Core.Questionnaires;
using Diagnostic.Tests.Shared;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>
/// The shared relevance cases (tests/Shared/relevance-cases.json) on the C# evaluator; the web tests run the same
/// file through the answer page's script, so the page and the server never disagree on when a follow-up shows.
/// </summary>
public class RelevanceCasesTests
{
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < RelevanceCase.Load().Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void The_CSharp_evaluator_gives_the_expected_result(int index)
    {
        var c = RelevanceCase.Load()[index];
        var parsed = RelevanceExpression.Parse(c.Condition);
        Assert.True(parsed.IsValid, $"{c.Condition}: {parsed.Error}");
        Assert.True(c.Expected == parsed.Expression!.IsTrue(id => c.Answers.GetValueOrDefault(id)),
            $"case {index}: {c}");
    }

    [Fact]
    public void The_file_holds_cases_that_hold_and_cases_that_do_not()
    {
        var cases = RelevanceCase.Load();
        Assert.True(cases.Count >= 40);
        Assert.Contains(cases, c => c.Expected);
        Assert.Contains(cases, c => !c.Expected);
    }

    [Fact]
    public void The_JSON_tree_names_each_operator_and_operand()
    {
        var parsed = RelevanceExpression.Parse("not (lieux contains 'autre' or a >= 4) and answered(b)").Expression!;
        // « > » is written \u003E, as System.Text.Json does for text that may land in HTML; JSON.parse reads it back.
        Assert.Equal(
            """{"op":"and","left":{"op":"not","arg":{"op":"or","left":{"op":"contains","left":{"q":"lieux"},"right":{"v":"autre"}},"right":{"op":"\u003E=","left":{"q":"a"},"right":{"v":"4"}}}},"right":{"op":"answered","q":"b"}}""",
            RelevanceJson.Write(parsed));
    }
}
