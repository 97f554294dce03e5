using System.Collections.Concurrent;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// What an open collecte's answer pages need beyond its own row, kept once per process instead of read on each of a
/// submission's ~25 requests: the snapshot (hash and parsed questionnaire, which never change), the territory's name
/// and word, the sorted neighbourhoods (fixed at creation). Territory names can be renamed by an import, so an entry
/// is read again after <see cref="MaxAge"/>; a changed snapshot or territory id reads it again at once.
/// </summary>
public sealed class CollecteShapes(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, CollecteShape> _byCollecte = new();

    public CollecteShape? Find(Collecte row)
    {
        if (!_byCollecte.TryGetValue(row.Id, out var shape)) return null;
        return shape.SnapshotId == row.SnapshotId && shape.TerritoryId == row.TerritoryId
            && clock.GetUtcNow() - shape.ReadAt < MaxAge
                ? shape
                : null;
    }

    /// <summary>Bounded by the number of collectes in the database (a few per territory and year).</summary>
    public void Keep(int collecteId, CollecteShape shape) => _byCollecte[collecteId] = shape;
}

public sealed record CollecteShape(
    int SnapshotId,
    int TerritoryId,
    QuestionnaireSnapshot Snapshot,
    Questionnaire Questionnaire,
    Territory Territory,
    IReadOnlyList<AnswerNeighbourhood> Neighbourhoods,
    DateTimeOffset ReadAt);
