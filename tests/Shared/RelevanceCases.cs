using System.Text.Json;

namespace Diagnostic.Tests.Shared;

/// <summary>
/// One case of tests/Shared/relevance-cases.json: a condition, answers in their stored form, whether it holds. This
/// file is compiled into both Diagnostic.Core.Tests (the C# evaluator) and Diagnostic.Web.Tests (the page's script).
/// </summary>
public sealed record RelevanceCase(string Condition, Dictionary<string, string> Answers, bool Expected)
{
    public static IReadOnlyList<RelevanceCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shared", "relevance-cases.json")));
        return document.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new RelevanceCase(
                c.GetProperty("condition").GetString()!,
                c.GetProperty("answers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                c.GetProperty("expected").GetBoolean()))
            .ToList();
    }

    public override string ToString() => $"{Condition} with {JsonSerializer.Serialize(Answers)} should be {Expected}";
}
