using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Diagnostic.Data.Configurations;

/// <summary>
/// A response's answers as one compact JSON object {"question_id":"value",...}; ResponseStream reads
/// the same text with Utf8JsonReader.
/// </summary>
internal sealed class AnswersConverter() : ValueConverter<Dictionary<string, string>, string>(
    answers => JsonSerializer.Serialize(answers, Json),
    json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new())
{
    /// <summary>
    /// The text goes to the database, never into HTML, so codes such as "35+" and French text are written as
    /// they are: shorter rows, and values the stream can match byte for byte without unescaping.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly ValueComparer<Dictionary<string, string>> Comparer = new(
        (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
        answers => answers.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        answers => new Dictionary<string, string>(answers));
}
