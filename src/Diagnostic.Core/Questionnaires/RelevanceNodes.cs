namespace Diagnostic.Core.Questionnaires;

// The expression tree stays internal: other code only parses, evaluates and lists references.

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal sealed record ComparisonExpression(RelevanceOperand Left, ComparisonOperator Operator, RelevanceOperand Right)
    : RelevanceExpression
{
    internal override IEnumerable<QuestionOperand> QuestionOperands =>
        new[] { Left, Right }.OfType<QuestionOperand>();

    public override bool IsTrue(Func<string, string?> answerOf)
    {
        var left = Left.ValueIn(answerOf);
        var right = Right.ValueIn(answerOf);
        if (left is null || right is null)
        {
            return false;
        }

        if (InvariantNumber.TryParse(left, out var l) && InvariantNumber.TryParse(right, out var r))
        {
            return Holds(l.CompareTo(r));
        }

        return Operator switch
        {
            ComparisonOperator.Equal => string.Equals(left, right, StringComparison.Ordinal),
            ComparisonOperator.NotEqual => !string.Equals(left, right, StringComparison.Ordinal),
            _ => false,
        };
    }

    private bool Holds(int order) => Operator switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        ComparisonOperator.GreaterOrEqual => order >= 0,
        _ => throw new InvalidOperationException($"Unknown operator {Operator}"),
    };
}

internal sealed record ContainsExpression(RelevanceOperand Left, RelevanceOperand Right) : RelevanceExpression
{
    public const char Separator = '|';

    internal override IEnumerable<QuestionOperand> QuestionOperands =>
        new[] { Left, Right }.OfType<QuestionOperand>();

    public override bool IsTrue(Func<string, string?> answerOf)
    {
        var left = Left.ValueIn(answerOf);
        var right = Right.ValueIn(answerOf);
        return left is not null && right is not null
            && left.Split(Separator).Contains(right, StringComparer.Ordinal);
    }
}

internal sealed record AnsweredExpression(QuestionOperand Question) : RelevanceExpression
{
    internal override IEnumerable<QuestionOperand> QuestionOperands => [Question];

    public override bool IsTrue(Func<string, string?> answerOf) => Question.ValueIn(answerOf) is not null;
}

internal sealed record NotExpression(RelevanceExpression Operand) : RelevanceExpression
{
    internal override IEnumerable<QuestionOperand> QuestionOperands => Operand.QuestionOperands;

    public override bool IsTrue(Func<string, string?> answerOf) => !Operand.IsTrue(answerOf);
}

internal sealed record AndExpression(RelevanceExpression Left, RelevanceExpression Right) : RelevanceExpression
{
    internal override IEnumerable<QuestionOperand> QuestionOperands => Left.QuestionOperands.Concat(Right.QuestionOperands);

    public override bool IsTrue(Func<string, string?> answerOf) => Left.IsTrue(answerOf) && Right.IsTrue(answerOf);
}

internal sealed record OrExpression(RelevanceExpression Left, RelevanceExpression Right) : RelevanceExpression
{
    internal override IEnumerable<QuestionOperand> QuestionOperands => Left.QuestionOperands.Concat(Right.QuestionOperands);

    public override bool IsTrue(Func<string, string?> answerOf) => Left.IsTrue(answerOf) || Right.IsTrue(answerOf);
}
