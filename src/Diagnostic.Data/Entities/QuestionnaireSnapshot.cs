using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>
/// The exact YAML text a collecte was opened with. Responses are read against it, so editing
/// the file in questionnaires/ never changes the meaning of stored answers.
/// </summary>
public sealed class QuestionnaireSnapshot
{
    public int Id { get; set; }
    public required string QuestionnaireId { get; set; }
    public int Version { get; set; }
    public Audience Audience { get; set; }

    /// <summary>SHA-256 (lowercase hex) of <see cref="Yaml"/>; the questionnaire's SourceHash.</summary>
    public required string Hash { get; set; }
    public required string Yaml { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
