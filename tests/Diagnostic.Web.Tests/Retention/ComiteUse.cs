using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Retention;

internal static class ComiteUse
{
    /// <summary>A comité year « 2026-2027 » of the given comité whose candidate cible was drawn from the collecte.</summary>
    public static Task<int> ComiteYearOnAsync(this DiagnosticWebFactory factory, int collecteId, string comiteName) =>
        factory.WithDbAsync(async db =>
        {
            var collecte = await db.Collectes.SingleAsync(c => c.Id == collecteId);
            var comite = new Data.Entities.Comite { Name = comiteName, TerritoryId = collecte.TerritoryId };
            var cycle = new ComiteCycle { Comite = comite, YearLabel = "2026-2027" };
            db.CandidateTargets.Add(new CandidateTarget { Cycle = cycle, Wording = "Se sentir en sécurité", CollecteId = collecteId });
            return await db.SaveChangesAsync();
        });
}
