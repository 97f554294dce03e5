using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// Checks what a `relevant` condition refers to: only questions that come before it in the file, `contains`
/// only on multiple-choice questions, and quoted codes that exist among the compared question's choices
/// (a typo there would hide a question for everyone, silently).
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

    private static IEnumerable<(int Column, string Message)> TypeProblems(RelevanceExpression expression, IReadOnlyDictionary<string, Question?> earlier)
    {
        switch (expression)
        {
            case NotExpression not:
                return TypeProblems(not.Operand, earlier);
            case AndExpression and:
                return TypeProblems(and.Left, earlier).Concat(TypeProblems(and.Right, earlier));
            case OrExpression or:
                return TypeProblems(or.Left, earlier).Concat(TypeProblems(or.Right, earlier));
            case ContainsExpression contains:
                return ContainsProblems(contains, earlier);
            case ComparisonExpression { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } comparison:
                return CodeProblem(comparison.Left, comparison.Right, QuestionType.Single, earlier)
                    .Concat(CodeProblem(comparison.Right, comparison.Left, QuestionType.Single, earlier));
            default:
                return [];
        }
    }

    private static IEnumerable<(int, string)> ContainsProblems(ContainsExpression contains, IReadOnlyDictionary<string, Question?> earlier)
    {
        if (contains.Left is QuestionOperand operand && earlier.GetValueOrDefault(operand.Id) is { } question
            && question.Type != QuestionType.Multiple)
        {
            return [(operand.Column, $"'contains' applies to multiple-choice questions; '{operand.Id}' is a {question.Type.ToString().ToLowerInvariant()} question (use ==)")];
        }

        return CodeProblem(contains.Left, contains.Right, QuestionType.Multiple, earlier);
    }

    /// <summary>A quoted code compared with a single choice (==, !=) or looked for in a multiple choice (contains).
    /// Other combinations, such as a whole `a|b` value compared with ==, are left alone.</summary>
    private static IEnumerable<(int, string)> CodeProblem(
        RelevanceOperand side, RelevanceOperand other, QuestionType type, IReadOnlyDictionary<string, Question?> earlier)
    {
        if (side is QuestionOperand operand && other is LiteralOperand literal
            && earlier.GetValueOrDefault(operand.Id) is { } question && question.Type == type
            && question.FindChoice(literal.Text) is null)
        {
            return [(operand.Column, $"{literal} is not a choice code of '{operand.Id}' (codes: {string.Join(", ", question.ChoiceList.Select(c => c.Code))})")];
        }

        return [];
    }

    private static void Report(YamlScalarNode node, int column, string message, YamlReadContext context)
    {
        var (line, fileColumn) = context.PositionInside(node, column);
        context.Error(line, fileColumn, $"invalid 'relevant' condition: {message}");
    }
}
