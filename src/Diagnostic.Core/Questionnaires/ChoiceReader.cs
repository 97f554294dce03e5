using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads a question's `choices`: a non-empty list of `{code, fr, en}` with codes unique in the question.</summary>
internal static class ChoiceReader
{
    private static readonly string[] ChoiceKeys = ["code"];

    /// <summary>The choices, or null when the list is missing, empty or has a wrong entry (all reported).</summary>
    public static List<Choice>? Read(YamlMap question, YamlReadContext context)
    {
        var list = question.Sequence("choices", required: false);
        if (list is null)
        {
            if (!question.Has("choices"))
            {
                context.Error(question.Node, "missing key 'choices' (this type of question needs a list of choices)");
            }

            return null;
        }

        if (list.Children.Count == 0)
        {
            context.Error(list, "'choices' is empty: give at least one choice");
            return null;
        }

        var choices = new List<Choice>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var valid = true;
        foreach (var node in list.Children)
        {
            var choice = ReadOne(node, context);
            if (choice is { } c && !firstLine.TryAdd(c.Choice.Code, c.CodeNode.Start.Line))
            {
                context.Error(c.CodeNode, $"duplicate choice code '{c.Choice.Code}' (already at line {firstLine[c.Choice.Code]})");
                choice = null;
            }

            valid &= choice is not null;
            if (choice is not null)
            {
                choices.Add(choice.Value.Choice);
            }
        }

        return valid ? choices : null;
    }

    private static (Choice Choice, YamlNode CodeNode)? ReadOne(YamlNode node, YamlReadContext context)
    {
        var map = YamlMap.From(node, "a choice", context);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(ChoiceKeys, LocalizedTextReader.IsLanguage);
        var code = map.String("code", required: true);
        var label = LocalizedTextReader.FromLanguages(map, "a choice", context);
        if (code is not null && !IsValidCode(code))
        {
            context.Error(map.Value("code")!, $"choice code '{code}' must not be blank nor contain '|' or '>' (they separate codes in answers)");
            return null;
        }

        return code is null || label is null ? null : (new Choice(code, label), map.Value("code")!);
    }

    private static bool IsValidCode(string code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim() == code && !code.Contains('|') && !code.Contains('>');
}
