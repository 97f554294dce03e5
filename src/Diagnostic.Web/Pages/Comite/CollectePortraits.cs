using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>A collecte's portrait from the analysis library (PortraitBuilder over ResponseStream), never recomputed here.</summary>
public sealed class CollectePortraits(DiagnosticDbContext db, SnapshotQuestionnaires questionnaires, IOptions<AnalysisOptions> options)
{
    public sealed record Loaded(DiagnosisSession Session, Questionnaire Questionnaire, Portrait Portrait);

    public async Task<Loaded?> LoadAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Snapshot)
            .SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session?.Snapshot is null) return null;
        var questionnaire = questionnaires.Get(session.Snapshot);
        var builder = new PortraitBuilder(questionnaire, options.Value);
        await foreach (var record in ResponseStream.ReadSubmittedAsync(db, sessionId, questionnaire, cancellationToken))
            builder.Add(record);
        return new Loaded(session, questionnaire, builder.Build());
    }
}
