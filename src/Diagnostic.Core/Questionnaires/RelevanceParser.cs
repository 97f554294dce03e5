namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// Recursive descent over the grammar
/// <code>
/// or      := and ('or' and)*
/// and     := unary ('and' unary)*
/// unary   := 'not' unary | '(' or ')' | 'answered' '(' id ')' | operand (compare operand | 'contains' operand)
/// operand := id | number | 'string'
/// </code>
/// </summary>
internal sealed class RelevanceParser
{
    private static readonly HashSet<string> Keywords = ["and", "or", "not", "contains", "answered"];

    private readonly string _text;
    private readonly List<RelevanceToken> _tokens;
    private int _position;

    private RelevanceParser(string text, List<RelevanceToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    public static RelevanceParseResult Parse(string text)
    {
        try
        {
            var parser = new RelevanceParser(text, RelevanceTokenizer.Tokenize(text));
            return RelevanceParseResult.Success(parser.ParseAll());
        }
        catch (RelevanceSyntaxException e)
        {
            return RelevanceParseResult.Failure(e.Column, e.Message);
        }
    }

    private RelevanceToken Current => _tokens[_position];

    private RelevanceToken Next() => _tokens[_position++];

    private RelevanceExpression ParseAll()
    {
        if (Current.Kind == RelevanceTokenKind.End)
        {
            throw new RelevanceSyntaxException(1, "the condition is empty");
        }

        var expression = ParseOr() with { Source = _text };
        if (Current.Kind != RelevanceTokenKind.End)
        {
            throw new RelevanceSyntaxException(Current.Column,
                $"expected 'and', 'or' or the end of the condition, found {Current.Display}");
        }

        return expression;
    }

    private RelevanceExpression ParseOr()
    {
        var start = Current.Column;
        var left = ParseAnd();
        while (Current.IsWord("or"))
        {
            Next();
            var right = ParseAnd();
            left = new OrExpression(left, right) { Source = SourceFrom(start) };
        }

        return left;
    }

    private RelevanceExpression ParseAnd()
    {
        var start = Current.Column;
        var left = ParseUnary();
        while (Current.IsWord("and"))
        {
            Next();
            var right = ParseUnary();
            left = new AndExpression(left, right) { Source = SourceFrom(start) };
        }

        return left;
    }

    private RelevanceExpression ParseUnary()
    {
        var start = Current.Column;
        if (Current.IsWord("not"))
        {
            Next();
            var operand = ParseUnary();
            return new NotExpression(operand) { Source = SourceFrom(start) };
        }

        if (Current.Kind == RelevanceTokenKind.OpenParen)
        {
            return ParseParenthesised();
        }

        if (Current.IsWord("answered"))
        {
            return ParseAnswered();
        }

        return ParseComparison();
    }

    private RelevanceExpression ParseParenthesised()
    {
        var open = Next();
        var inner = ParseOr();
        if (Current.Kind != RelevanceTokenKind.CloseParen)
        {
            throw new RelevanceSyntaxException(Current.Column,
                $"expected ')' to close the '(' at column {open.Column}, found {Current.Display}");
        }

        Next();
        return inner;
    }

    private RelevanceExpression ParseAnswered()
    {
        var start = Next().Column;
        const string usage = "answered takes a question id in parentheses: answered(id)";
        if (Current.Kind != RelevanceTokenKind.OpenParen)
        {
            throw new RelevanceSyntaxException(Current.Column, usage);
        }

        Next();
        if (Current.Kind != RelevanceTokenKind.Word || Keywords.Contains(Current.Text))
        {
            throw new RelevanceSyntaxException(Current.Column, usage);
        }

        var id = Next();
        if (Current.Kind != RelevanceTokenKind.CloseParen)
        {
            throw new RelevanceSyntaxException(Current.Column, $"expected ')' after answered({id.Text}, found {Current.Display}");
        }

        Next();
        return new AnsweredExpression(new QuestionOperand(id.Text, id.Column)) { Source = SourceFrom(start) };
    }

    private RelevanceExpression ParseComparison()
    {
        var start = Current.Column;
        var left = ParseOperand();
        if (Current.IsWord("contains"))
        {
            Next();
            var item = ParseOperand();
            return new ContainsExpression(left, item) { Source = SourceFrom(start) };
        }

        if (Current.Kind != RelevanceTokenKind.Operator)
        {
            throw new RelevanceSyntaxException(Current.Column,
                $"expected a comparison (==, !=, <, <=, >, >=) or 'contains' after {left}, found {Current.Display}");
        }

        var op = ToOperator(Next().Text);
        var right = ParseOperand();
        return new ComparisonExpression(left, op, right) { Source = SourceFrom(start) };
    }

    private RelevanceOperand ParseOperand()
    {
        var token = Current;
        switch (token.Kind)
        {
            case RelevanceTokenKind.Number:
                Next();
                return new LiteralOperand(token.Text, IsString: false);
            case RelevanceTokenKind.String:
                Next();
                return new LiteralOperand(token.Text, IsString: true);
            case RelevanceTokenKind.Word when !Keywords.Contains(token.Text):
                Next();
                return new QuestionOperand(token.Text, token.Column);
            default:
                throw new RelevanceSyntaxException(token.Column,
                    $"expected a question id, a number or a 'quoted' string, found {token.Display}");
        }
    }

    private static ComparisonOperator ToOperator(string text) => text switch
    {
        "==" => ComparisonOperator.Equal,
        "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        ">=" => ComparisonOperator.GreaterOrEqual,
        _ => throw new InvalidOperationException($"Not a comparison operator: {text}"),
    };

    /// <summary>The text from a column up to the last consumed token, so each node keeps its own source.</summary>
    private string SourceFrom(int startColumn)
    {
        var end = _tokens[_position - 1].End;
        return _text[(startColumn - 1)..end];
    }
}
