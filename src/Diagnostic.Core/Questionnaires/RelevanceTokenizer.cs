using System.Text;

namespace Diagnostic.Core.Questionnaires;

internal enum RelevanceTokenKind
{
    Word,
    Number,
    String,
    Operator,
    OpenParen,
    CloseParen,
    End,
}

/// <summary>A token with its 1-based column and its 0-based exclusive end in the condition text;
/// <see cref="Text"/> is unquoted for strings.</summary>
internal sealed record RelevanceToken(RelevanceTokenKind Kind, string Text, int Column, int End)
{
    public string Display => Kind == RelevanceTokenKind.End ? "the end of the condition" : $"'{Text}'";

    public bool IsWord(string word) => Kind == RelevanceTokenKind.Word && Text == word;
}

/// <summary>A syntax error inside a condition; caught by <see cref="RelevanceParser.Parse"/> and returned as a value.</summary>
internal sealed class RelevanceSyntaxException(int column, string message) : Exception(message)
{
    public int Column { get; } = column;
}

internal static class RelevanceTokenizer
{
    public static List<RelevanceToken> Tokenize(string text)
    {
        var tokens = new List<RelevanceToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var token = ReadToken(text, i);
            tokens.Add(token.Token);
            i = token.Next;
        }

        tokens.Add(new RelevanceToken(RelevanceTokenKind.End, "", text.Length + 1, text.Length));
        return tokens;
    }

    private static (RelevanceToken Token, int Next) ReadToken(string text, int i)
    {
        var c = text[i];
        var column = i + 1;
        if (c == '(' || c == ')')
        {
            var kind = c == '(' ? RelevanceTokenKind.OpenParen : RelevanceTokenKind.CloseParen;
            return (new RelevanceToken(kind, c.ToString(), column, i + 1), i + 1);
        }

        if (c == '\'')
        {
            return ReadString(text, i);
        }

        if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return ReadWhile(text, i, RelevanceTokenKind.Number, ch => char.IsAsciiDigit(ch) || ch == '.', first: 1);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            return ReadWhile(text, i, RelevanceTokenKind.Word, ch => char.IsAsciiLetterOrDigit(ch) || ch == '_', first: 1);
        }

        return ReadOperator(text, i);
    }

    private static (RelevanceToken, int) ReadWhile(string text, int start, RelevanceTokenKind kind, Func<char, bool> part, int first)
    {
        var end = start + first;
        while (end < text.Length && part(text[end]))
        {
            end++;
        }

        var token = new RelevanceToken(kind, text[start..end], start + 1, end);
        if (kind == RelevanceTokenKind.Number && !InvariantNumber.IsNumber(token.Text))
        {
            throw new RelevanceSyntaxException(token.Column, $"'{token.Text}' is not a number (write 3 or 3.5)");
        }

        return (token, end);
    }

    private static (RelevanceToken, int) ReadString(string text, int start)
    {
        var value = new StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                // A doubled quote stands for one quote inside the string.
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                return (new RelevanceToken(RelevanceTokenKind.String, value.ToString(), start + 1, i + 1), i + 1);
            }

            value.Append(text[i]);
            i++;
        }

        throw new RelevanceSyntaxException(start + 1, "this string is not closed: a ' is missing");
    }

    private static (RelevanceToken, int) ReadOperator(string text, int i)
    {
        var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
        if (two is "==" or "!=" or "<=" or ">=")
        {
            return (new RelevanceToken(RelevanceTokenKind.Operator, two, i + 1, i + 2), i + 2);
        }

        var c = text[i];
        return c switch
        {
            '<' or '>' => (new RelevanceToken(RelevanceTokenKind.Operator, c.ToString(), i + 1, i + 1), i + 1),
            '=' => throw new RelevanceSyntaxException(i + 1, "'=' is not an operator; use '==' to compare"),
            '"' => throw new RelevanceSyntaxException(i + 1, "strings are written in single quotes: 'text'"),
            '&' or '|' => throw new RelevanceSyntaxException(i + 1, $"'{c}' is not an operator; use 'and' or 'or'"),
            '!' => throw new RelevanceSyntaxException(i + 1, "'!' is not an operator; use 'not' or '!='"),
            _ => throw new RelevanceSyntaxException(i + 1, $"unexpected character '{c}'"),
        };
    }
}
