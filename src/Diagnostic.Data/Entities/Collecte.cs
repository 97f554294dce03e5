using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>A collecte: one wave of answers on one territory, one questionnaire snapshot, one public code.</summary>
public sealed class Collecte
{
    public int Id { get; set; }

    /// <summary>The code in the public address /s/{code}.</summary>
    public required string PublicCode { get; set; }
    public required string Name { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public int SnapshotId { get; set; }
    public QuestionnaireSnapshot? Snapshot { get; set; }
    public Audience Audience { get; set; }
    public DateTimeOffset? OpensAt { get; set; }
    public DateTimeOffset? ClosesAt { get; set; }
    public CollecteStatus Status { get; set; }
    public bool PortraitPublic { get; set; }

    /// <summary>Who runs the collecte, as shown to respondents (a comité, a table de concertation...).</summary>
    public string? RunBy { get; set; }

    /// <summary>Title and contact of the person in charge of personal information (Loi 25, s. 3.1), shown on the welcome page.</summary>
    public string? PrivacyContact { get; set; }

    /// <summary>When raw answers must be destroyed or anonymised (Loi 25); aggregates are kept.</summary>
    public DateOnly? RetainUntil { get; set; }
    public List<CollecteNeighbourhood> Neighbourhoods { get; set; } = [];

    /// <summary>Open for answers: status Open and inside its dates when it has them.</summary>
    public bool IsOpenAt(DateTimeOffset now) =>
        Status == CollecteStatus.Open
        && (OpensAt is null || OpensAt <= now)
        && (ClosesAt is null || now < ClosesAt);
}
