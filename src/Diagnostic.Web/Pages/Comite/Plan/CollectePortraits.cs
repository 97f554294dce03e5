using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>A collecte's questionnaire and portrait, computed by the analysis library over the stored answers.</summary>
public sealed class CollectePortraits(DiagnosticDbContext db, SnapshotQuestionnaires questionnaires)
{
    public async Task<CollectePortrait> ComputeAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Snapshot).SingleAsync(s => s.Id == sessionId, cancellationToken);
        var questionnaire = questionnaires.Get(session.Snapshot!);
        var builder = new PortraitBuilder(questionnaire);
        await foreach (var record in ResponseStream.ReadSubmittedAsync(db, session.Id, questionnaire, cancellationToken))
            builder.Add(record);
        return new CollectePortrait(session, questionnaire, builder.Build());
    }
}

/// <summary>One collecte with what the analysis made of it.</summary>
public sealed record CollectePortrait(DiagnosisSession Session, Questionnaire Questionnaire, Portrait Portrait);
