namespace Diagnostic.Core.Questionnaires;

/// <summary>A text in several languages; French is the reference and the fallback.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public const string French = "fr";

    public string Fr => Values[French];

    public string In(string language) =>
        Values.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text : Fr;

    public static LocalizedText Of(string fr, string? en = null) =>
        new(en is null
            ? new Dictionary<string, string> { [French] = fr }
            : new Dictionary<string, string> { [French] = fr, ["en"] = en });

    public override string ToString() => Fr;
}
