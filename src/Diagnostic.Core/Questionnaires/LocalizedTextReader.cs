using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads `{fr: "...", en: "..."}`: two-letter language codes, `fr` required and not blank.</summary>
internal static partial class LocalizedTextReader
{
    [GeneratedRegex("^[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    public static bool IsLanguage(string key) => LanguagePattern().IsMatch(key);

    public static LocalizedText? Read(YamlNode node, string key, YamlReadContext context)
    {
        var map = YamlMap.From(node, $"'{key}'", context);
        if (map is null)
        {
            return null;
        }

        foreach (var (name, keyNode) in map.Keys.Where(k => !IsLanguage(k.Name)))
        {
            context.Error(keyNode, $"unknown key '{name}' in '{key}' (expected two-letter language codes such as fr, en)");
        }

        return FromLanguages(map, $"'{key}'", context);
    }

    /// <summary>The language entries of a map that may hold other keys too (a choice's `code`, a point's `code`).</summary>
    public static LocalizedText? FromLanguages(YamlMap map, string what, YamlReadContext context)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (name, _) in map.Keys.Where(k => IsLanguage(k.Name)))
        {
            var text = map.ScalarText(map.Value(name)!, name);
            valid &= text is not null;
            if (text is not null)
            {
                values[name] = text;
            }
        }

        if (!values.TryGetValue(LocalizedText.French, out var fr))
        {
            if (map.Value(LocalizedText.French) is null)
            {
                context.Error(map.Node, $"missing key 'fr' in {what} (the French text is required)");
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(fr))
        {
            context.Error(map.Value(LocalizedText.French)!, $"the French text of {what} is empty");
            return null;
        }

        return valid ? new LocalizedText(values) : null;
    }
}
