using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>
/// One person's answers to a collecte, stored without identity. The answers live together in one
/// JSON column (question id → value as in the format's table) so a portrait reads each response once.
/// </summary>
public sealed class Response
{
    public long Id { get; set; }

    /// <summary>Public, unguessable id (a GUID string) used in exports and cookies.</summary>
    public required string PublicId { get; set; }
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }

    /// <summary>Territory code of the neighbourhood; null until the person has chosen one.</summary>
    public string? NeighbourhoodCode { get; set; }
    public Audience Audience { get; set; }
    public required string Language { get; set; }
    public ResponseChannel Channel { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The snapshot hash of the questionnaire version answered.</summary>
    public required string QuestionnaireHash { get; set; }
    public ResponseStatus Status { get; set; }

    /// <summary>SHA-256 of the resume code; the code itself is only ever shown to the respondent.</summary>
    public string? ResumeCodeHash { get; set; }

    /// <summary>Set once at submission; a unique key so a replayed submission cannot store twice.</summary>
    public string? SubmissionKey { get; set; }
    public Dictionary<string, string> Answers { get; set; } = [];
}
