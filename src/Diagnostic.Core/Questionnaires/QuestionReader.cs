using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>What the reader learnt of one question: its id even when the rest is wrong, so later references still resolve.</summary>
internal sealed record QuestionDraft(
    string? Id, YamlNode IdNode, Question? Question, RelevanceExpression? Relevant, YamlScalarNode? RelevantNode);

/// <summary>Reads one question: common keys, then the keys of its type; a key of another type is an error.</summary>
internal static class QuestionReader
{
    private static readonly string[] CommonKeys = ["id", "type", "text", "required", "relevant"];

    private static readonly Dictionary<string, (QuestionType Type, string[] Keys)> Types = new(StringComparer.Ordinal)
    {
        ["scale"] = (QuestionType.Scale, ["scale", "reverse"]),
        ["single"] = (QuestionType.Single, ["choices", "decline"]),
        ["multiple"] = (QuestionType.Multiple, ["choices", "max_choices", "decline"]),
        ["ranking"] = (QuestionType.Ranking, ["choices", "rank"]),
        ["number"] = (QuestionType.Number, ["min", "max", "integer", "decline"]),
        ["text"] = (QuestionType.Text, ["max_length"]),
    };

    private static readonly string[] AllKeys = [.. CommonKeys, .. Types.Values.SelectMany(t => t.Keys).Distinct()];

    public static QuestionDraft? Read(YamlNode node, IReadOnlyDictionary<string, Scale?> scales, YamlReadContext context)
    {
        var map = YamlMap.From(node, "a question", context);
        if (map is null)
        {
            return null;
        }

        var errorsBefore = context.Errors.Count;
        var id = ReadId(map, context);
        var typeName = map.String("type", required: true);
        var type = typeName is null ? null : ReadType(typeName, map, context);
        var text = map.Text("text", required: true);
        var required = map.Boolean("required");
        var relevant = ReadRelevant(map, context);
        // Only the types that allow it reach this with a 'decline' key; ReadType reported it on the others.
        var decline = type is QuestionType.Single or QuestionType.Multiple or QuestionType.Number ? map.Text("decline", required: false) : null;
        var question = type is { } t && id is not null && text is not null
            ? ReadTypeSettings(new Question(id, t, text, required, relevant.Expression, Decline: decline), map, scales, context)
            : null;
        var valid = context.Errors.Count == errorsBefore;
        return new QuestionDraft(id, map.Value("id") ?? node, valid ? question : null, relevant.Expression, relevant.Node);
    }

    private static string? ReadId(YamlMap map, YamlReadContext context)
    {
        var id = map.String("id", required: true);
        if (id is not null && !QuestionnaireIds.IsItemId(id))
        {
            context.Error(map.Value("id")!, $"question id '{id}' must match [a-z][a-z0-9_]* (lowercase letter, then lowercase letters, digits or _)");
        }

        return id;
    }

    private static QuestionType? ReadType(string typeName, YamlMap map, YamlReadContext context)
    {
        if (!Types.TryGetValue(typeName, out var type))
        {
            context.Error(map.Value("type")!, $"unknown question type '{typeName}' (expected one of: {string.Join(", ", Types.Keys)})");
            map.RejectUnknownKeys([.. AllKeys, .. context.RetiredKeys]);
            return null;
        }

        map.RejectUnknownKeys([.. AllKeys, .. context.RetiredKeys]);
        foreach (var (name, key) in map.Keys.Where(k => AllKeys.Contains(k.Name) && !CommonKeys.Contains(k.Name) && !type.Keys.Contains(k.Name)))
        {
            context.Error(key, $"'{name}' does not apply to a {typeName} question");
        }

        return type.Type;
    }

    private static (RelevanceExpression? Expression, YamlScalarNode? Node) ReadRelevant(YamlMap map, YamlReadContext context)
    {
        var text = map.String("relevant", required: false);
        if (text is null)
        {
            return (null, null);
        }

        var node = (YamlScalarNode)map.Value("relevant")!;
        var parsed = RelevanceExpression.Parse(text);
        if (!parsed.IsValid)
        {
            var (line, column) = context.PositionInside(node, parsed.Column);
            context.Error(line, column, $"invalid 'relevant' condition: {parsed.Error}");
        }

        return (parsed.Expression, node);
    }

    private static Question ReadTypeSettings(Question question, YamlMap map, IReadOnlyDictionary<string, Scale?> scales, YamlReadContext context) =>
        question.Type switch
        {
            QuestionType.Scale => question with { Scale = ReadScale(map, scales, context), Reverse = map.Boolean("reverse") },
            QuestionType.Single => question with { Choices = ChoiceReader.Read(map, context) },
            QuestionType.Multiple => ReadMultiple(question, map, context),
            QuestionType.Ranking => ReadRanking(question, map, context),
            QuestionType.Number => ReadNumber(question, map, context),
            QuestionType.Text => question with { MaxLength = Positive(map, "max_length", context) ?? Question.DefaultMaxLength },
            _ => throw new InvalidOperationException($"Unknown question type {question.Type}"),
        };

    private static Scale? ReadScale(YamlMap map, IReadOnlyDictionary<string, Scale?> scales, YamlReadContext context)
    {
        var id = map.String("scale", required: true);
        if (id is null)
        {
            return null;
        }

        if (scales.TryGetValue(id, out var scale))
        {
            return scale;
        }

        var known = scales.Count == 0 ? "no scale is defined under 'scales'" : $"defined: {string.Join(", ", scales.Keys)}";
        context.Error(map.Value("scale")!, $"unknown scale '{id}' ({known})");
        return null;
    }

    private static Question ReadMultiple(Question question, YamlMap map, YamlReadContext context)
    {
        var choices = ChoiceReader.Read(map, context);
        var max = Positive(map, "max_choices", context);
        CheckAtMostChoices(map, "max_choices", max, choices, context);
        return question with { Choices = choices, MaxChoices = max };
    }

    private static Question ReadRanking(Question question, YamlMap map, YamlReadContext context)
    {
        var choices = ChoiceReader.Read(map, context);
        var rank = Positive(map, "rank", context, required: true);
        CheckAtMostChoices(map, "rank", rank, choices, context);
        return question with { Choices = choices, Rank = rank };
    }

    private static Question ReadNumber(Question question, YamlMap map, YamlReadContext context)
    {
        var min = map.Number("min");
        var max = map.Number("max");
        if (min > max)
        {
            context.Error(map.Value("min")!, FormattableString.Invariant($"min ({min}) is greater than max ({max})"));
        }

        return question with { Min = min, Max = max, Integer = map.Boolean("integer") };
    }

    private static int? Positive(YamlMap map, string key, YamlReadContext context, bool required = false)
    {
        var value = map.Integer(key, required);
        if (value is <= 0)
        {
            context.Error(map.Value(key)!, $"'{key}' must be a positive integer");
            return null;
        }

        return value;
    }

    private static void CheckAtMostChoices(YamlMap map, string key, int? value, List<Choice>? choices, YamlReadContext context)
    {
        if (value is { } v && choices is not null && v > choices.Count)
        {
            context.Error(map.Value(key)!, $"'{key}' is {v} but the question has only {choices.Count} choices");
        }
    }
}
