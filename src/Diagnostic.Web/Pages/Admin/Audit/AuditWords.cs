using System.Globalization;
using System.Text.RegularExpressions;
using Diagnostic.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Audit;

/// <summary>
/// How the audit log reads to an admin: each action, target type and automatic actor in words, the details as
/// « clé : valeur » pairs, each time as an instant to show in Québec time. Only the display changes: the stored rows
/// keep their codes, and nothing is shown that the row does not hold.
/// </summary>
public static partial class AuditWords
{
    /// <summary>The action's words (« Collecte ouverte »); an action written by an older version keeps its code.</summary>
    public static string Action(IStringLocalizer<AuditText> words, string action) => Worded(words, "Action." + action, action);

    /// <summary>« Tour de vote 4 »: the target's type in words (an unknown type keeps its code), then its id.</summary>
    public static string Target(IStringLocalizer<AuditText> words, string type, string? id) =>
        Worded(words, "Target." + type, type) + (string.IsNullOrEmpty(id) ? "" : " " + id);

    /// <summary>« Système », « Ligne de commande »: the automatic actors in words; an account shows as stored.</summary>
    public static string Actor(IStringLocalizer<AuditText> words, string display) => Worded(words, "Actor." + display, display);

    /// <summary>
    /// « Type : critères · Enjeux candidats : 5 »: the details' pairs with their labels (an unknown key as it is), the
    /// older English phrases (« 12 responses deleted ») read as the same pairs; text that is neither stays as stored.
    /// </summary>
    public static string Details(IStringLocalizer<AuditText> words, string? details)
    {
        if (string.IsNullOrWhiteSpace(details)) return "";
        return string.Join(" · ", Pairs(details).Select(p => p.Value is null
            ? Worded(words, "Detail." + p.Key, p.Key)
            : string.Format(CultureInfo.CurrentCulture, words["Detail.Pair"], Worded(words, "Detail." + p.Key, p.Key), Value(words, p.Value))));
    }

    /// <summary>The stored time is UTC whatever the provider hands back.</summary>
    public static DateTimeOffset Instant(DateTime atUtc) => new(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));

    /// <summary>The details as key/value pairs (a flag such as « public » has no value).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Pairs(string details)
    {
        var text = details.Trim();
        if (Phrase(text) is { } phrase) return phrase;
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            pairs.Add(equals > 0 ? new(part[..equals], part[(equals + 1)..]) : new(part, null));
        }
        // Free text with commas (no pair at all) is shown whole rather than cut into pieces.
        return pairs.Any(p => p.Value is not null) ? pairs : [new(text, null)];
    }

    /// <summary>The English phrases older entries (and the command line) store, as the same pairs.</summary>
    private static List<KeyValuePair<string, string?>>? Phrase(string text)
    {
        if (DeletedPhrase().Match(text) is { Success: true } deleted)
            return deleted.Groups[2].Success
                ? [new("responses-deleted", deleted.Groups[1].Value), new("portrait-archive", deleted.Groups[2].Value)]
                : [new("responses-deleted", deleted.Groups[1].Value)];
        if (ImportedPhrase().Match(text) is { Success: true } imported)
            return [new("added", imported.Groups[1].Value), new("already-present", imported.Groups[2].Value)];
        if (FormatPhrase().Match(text) is { Success: true } format)
            return format.Groups[2].Success
                ? [new("format", format.Groups[1].Value), new("separator", format.Groups[2].Value)]
                : [new("format", format.Groups[1].Value)];
        if (RolePhrase().Match(text) is { Success: true } role) return [new("role", role.Groups[1].Value)];
        if (CollectesPhrase().Match(text) is { Success: true } collectes)
            return [new("collectes", collectes.Groups[1].Value.Replace(",", ", ", StringComparison.Ordinal))];
        if (QuestionnairePhrase().Match(text) is { Success: true } questionnaire)
            return [new("questionnaire", questionnaire.Groups[1].Value), new("version", questionnaire.Groups[2].Value)];
        return null;
    }

    private static string Value(IStringLocalizer<AuditText> words, string value)
    {
        if (value.Length == 0) return "—";
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return QuebecTimeText.Day(day);
        if (value.Contains("->", StringComparison.Ordinal))
            return string.Join(" → ", value.Split("->").Select(v => Value(words, v)));
        return Worded(words, "Value." + value.ToLowerInvariant(), value);
    }

    private static string Worded(IStringLocalizer<AuditText> words, string key, string fallback)
    {
        var worded = words[key];
        return worded.ResourceNotFound ? fallback : worded.Value;
    }

    [GeneratedRegex(@"^(\d+) responses deleted(?:, portrait archive (\d+))?$")]
    private static partial Regex DeletedPhrase();

    [GeneratedRegex(@"^(\d+) added, (\d+) already present$")]
    private static partial Regex ImportedPhrase();

    [GeneratedRegex(@"^format ([\w-]+)(?:, (comma|semicolon))?$")]
    private static partial Regex FormatPhrase();

    [GeneratedRegex(@"^role ([\w-]+)$")]
    private static partial Regex RolePhrase();

    [GeneratedRegex(@"^collectes ([\d,]*)$")]
    private static partial Regex CollectesPhrase();

    [GeneratedRegex(@"^(\S+) v(\d+)$")]
    private static partial Regex QuestionnairePhrase();
}
