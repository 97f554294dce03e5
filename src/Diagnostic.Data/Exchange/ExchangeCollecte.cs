using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Exchange;

/// <summary>A collecte with what reading and writing its responses needs: its snapshot's questionnaire and neighbourhood codes.</summary>
public sealed record ExchangeCollecte(Collecte Collecte, Questionnaire Questionnaire, IReadOnlySet<string> Neighbourhoods)
{
    public int Id => Collecte.Id;
    public string Code => Collecte.PublicCode;

    /// <summary>The collecte with this public code among <paramref name="visible"/> (all collectes when null); null when not there.</summary>
    public static async Task<ExchangeCollecte?> FindAsync(
        DiagnosticDbContext db, string code, IQueryable<Collecte>? visible, CancellationToken cancellationToken)
    {
        var collecte = await (visible ?? db.Collectes).AsNoTracking().Whole()
            .SingleOrDefaultAsync(s => s.PublicCode == code, cancellationToken);
        if (collecte is null) return null;
        var questionnaire = SnapshotQuestionnaires.Shared.Get(collecte.Snapshot!);
        var neighbourhoods = collecte.Neighbourhoods.Select(n => n.Territory!.Code).ToHashSet(StringComparer.Ordinal);
        return new ExchangeCollecte(collecte, questionnaire, neighbourhoods);
    }
}
