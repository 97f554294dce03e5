using System.Text.Json.Nodes;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// A parsed condition as a JSON tree, for the answer page's script (wwwroot/js/relevance.js) to evaluate while the
/// person answers: the browser never parses the condition language, it only walks this tree, so the one parser
/// stays here. Nodes: <c>{"op":"==","left":A,"right":B}</c> (also != &lt; &lt;= &gt; &gt;= contains),
/// <c>{"op":"answered","q":"id"}</c>, <c>{"op":"not","arg":N}</c>, <c>{"op":"and"|"or","left":N,"right":N}</c>;
/// operands <c>{"q":"id"}</c> (a question's value) or <c>{"v":"text"}</c> (a literal, numbers kept as text).
/// The evaluation rules are <see cref="RelevanceExpression"/>'s; tests/Shared/relevance-cases.json holds cases
/// both evaluators must agree on.
/// </summary>
public static class RelevanceJson
{
    public static string Write(RelevanceExpression expression) => Node(expression).ToJsonString();

    private static JsonObject Node(RelevanceExpression expression) => expression switch
    {
        ComparisonExpression c => new JsonObject { ["op"] = Symbol(c.Operator), ["left"] = Operand(c.Left), ["right"] = Operand(c.Right) },
        ContainsExpression c => new JsonObject { ["op"] = "contains", ["left"] = Operand(c.Left), ["right"] = Operand(c.Right) },
        AnsweredExpression a => new JsonObject { ["op"] = "answered", ["q"] = a.Question.Id },
        NotExpression n => new JsonObject { ["op"] = "not", ["arg"] = Node(n.Operand) },
        AndExpression a => new JsonObject { ["op"] = "and", ["left"] = Node(a.Left), ["right"] = Node(a.Right) },
        OrExpression o => new JsonObject { ["op"] = "or", ["left"] = Node(o.Left), ["right"] = Node(o.Right) },
        _ => throw new InvalidOperationException($"No JSON form for {expression.GetType().Name}"),
    };

    private static JsonObject Operand(RelevanceOperand operand) => operand switch
    {
        QuestionOperand q => new JsonObject { ["q"] = q.Id },
        LiteralOperand l => new JsonObject { ["v"] = l.Text },
        _ => throw new InvalidOperationException($"No JSON form for {operand.GetType().Name}"),
    };

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new InvalidOperationException($"Unknown operator {op}"),
    };
}
