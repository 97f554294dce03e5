using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Exchange;

/// <summary>A collecte with what reading and writing its responses needs: its snapshot's questionnaire and neighbourhood codes.</summary>
public sealed record ExchangeCollecte(DiagnosisSession Session, Questionnaire Questionnaire, IReadOnlySet<string> Neighbourhoods)
{
    public int Id => Session.Id;
    public string Code => Session.PublicCode;

    /// <summary>The collecte with this public code among <paramref name="visible"/> (all collectes when null); null when not there.</summary>
    public static async Task<ExchangeCollecte?> FindAsync(
        DiagnosticDbContext db, string code, IQueryable<DiagnosisSession>? visible, CancellationToken cancellationToken)
    {
        var session = await (visible ?? db.Sessions).AsNoTracking()
            .Include(s => s.Snapshot)
            .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleOrDefaultAsync(s => s.PublicCode == code, cancellationToken);
        if (session is null) return null;
        var read = QuestionnaireReader.Read(session.Snapshot!.Yaml, $"snapshot:{session.Snapshot.QuestionnaireId}@{session.Snapshot.Version}");
        // A snapshot was valid when stored; failing now means the reader changed incompatibly: a bug.
        var questionnaire = read.Questionnaire ?? throw new InvalidOperationException(
            "Stored questionnaire snapshot no longer reads: " + string.Join("; ", read.Errors));
        var neighbourhoods = session.Neighbourhoods.Select(n => n.Territory!.Code).ToHashSet(StringComparer.Ordinal);
        return new ExchangeCollecte(session, questionnaire, neighbourhoods);
    }
}
