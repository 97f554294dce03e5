using System.Text;
using System.Text.Json;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Responses;

/// <summary>
/// Decodes the Answers JSON of one response into one value per question, in file order, with as few
/// allocations as a million rows need: property names are matched as UTF-8 bytes (expecting file order,
/// as the pages write it), and repeated values (codes, scale points) reuse one string per question.
/// </summary>
internal sealed class AnswerColumns
{
    private const int MaxCachedValuesPerQuestion = 64;

    private readonly byte[][] ids;
    private readonly Dictionary<string, int> indexOf;
    private readonly List<(byte[] Utf8, string Text)>[] cache;

    public AnswerColumns(Questionnaire questionnaire)
    {
        ids = questionnaire.Questions.Select(q => Encoding.UTF8.GetBytes(q.Id)).ToArray();
        indexOf = questionnaire.Questions.Select((q, i) => (q.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        cache = questionnaire.Questions.Select(_ => new List<(byte[], string)>()).ToArray();
    }

    public int Count => ids.Length;

    /// <summary>Answers to questions the questionnaire does not have (there should be none) are skipped.</summary>
    public string?[] Read(ReadOnlySpan<byte> json)
    {
        var values = new string?[ids.Length];
        var reader = new Utf8JsonReader(json);
        var expected = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            var index = IndexOf(ref reader, expected);
            reader.Read();
            if (index < 0 || reader.TokenType != JsonTokenType.String) continue;
            values[index] = ValueOf(ref reader, index);
            expected = index + 1;
        }
        return values;
    }

    private int IndexOf(ref Utf8JsonReader reader, int expected)
    {
        if (expected < ids.Length && reader.ValueTextEquals(ids[expected])) return expected;
        return indexOf.TryGetValue(reader.GetString()!, out var index) ? index : -1;
    }

    private string? ValueOf(ref Utf8JsonReader reader, int index)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence) return NullIfEmpty(reader.GetString());
        var span = reader.ValueSpan;
        var known = cache[index];
        foreach (var (utf8, text) in known)
        {
            if (span.SequenceEqual(utf8)) return text;
        }
        var value = Encoding.UTF8.GetString(span);
        if (known.Count < MaxCachedValuesPerQuestion) known.Add((span.ToArray(), value));
        return NullIfEmpty(value);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
