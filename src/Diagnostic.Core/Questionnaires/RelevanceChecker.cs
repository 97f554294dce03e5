using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// Checks what a `relevant` condition refers to: only questions that come before it in the file, and `contains` only
/// on multiple-choice questions. Quoted codes are not checked against the choices: the format allows any (REFUS of a
/// question offering to decline, NSP), and a file that follows the format must load.
/// </summary>
internal static class RelevanceChecker
{
    /// <param name="earlier">The questions read so far, in file order, by id (null when the question itself was invalid).</param>
    /// <param name="later">Every question id of the file, for a clearer message than "unknown".</param>
    public static void Check(QuestionDraft draft, IReadOnlyDictionary<string, Question?> earlier, ISet<string> later, YamlReadContext context)
    {
        if (draft.Relevant is not { } expression || draft.RelevantNode is not { } node)
        {
            return;
        }

        foreach (var operand in expression.QuestionOperands)
        {
            var message = ReferenceProblem(operand.Id, draft.Id, earlier, later);
            if (message is not null)
            {
                Report(node, operand.Column, message, context);
            }
        }

        foreach (var (column, message) in TypeProblems(expression, earlier))
        {
            Report(node, column, message, context);
        }
    }

    private static string? ReferenceProblem(string id, string? self, IReadOnlyDictionary<string, Question?> earlier, ISet<string> later)
    {
        if (id == self)
        {
            return $"the condition of '{id}' cannot refer to '{id}' itself";
        }

        if (earlier.ContainsKey(id))
        {
            return null;
        }

        return later.Contains(id)
            ? $"'{id}' comes after this question; a condition may only refer to earlier questions"
            : $"unknown question '{id}' in the condition";
    }

    private static IEnumerable<(int Column, string Message)> TypeProblems(RelevanceExpression expression, IReadOnlyDictionary<string, Question?> earlier) =>
        expression switch
        {
            NotExpression not => TypeProblems(not.Operand, earlier),
            AndExpression and => TypeProblems(and.Left, earlier).Concat(TypeProblems(and.Right, earlier)),
            OrExpression or => TypeProblems(or.Left, earlier).Concat(TypeProblems(or.Right, earlier)),
            ContainsExpression { Left: QuestionOperand operand } when earlier.GetValueOrDefault(operand.Id) is { Type: not QuestionType.Multiple } question =>
                [(operand.Column, $"'contains' applies to multiple-choice questions; '{operand.Id}' is a {question.Type.ToString().ToLowerInvariant()} question (use ==)")],
            _ => [],
        };

    private static void Report(YamlScalarNode node, int column, string message, YamlReadContext context)
    {
        var (line, fileColumn) = context.PositionInside(node, column);
        context.Error(line, fileColumn, $"invalid 'relevant' condition: {message}");
    }
}
