using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The weighted portrait of a cached portrait, from the census file imported for its collecte, computed by Core's
/// <see cref="WeightedPortraitBuilder"/> (the CLI's `portrait --weights`) and kept with the portrait version, so it
/// inherits the suppression of exactly the portrait the page shows. Null when the collecte has no census.
/// </summary>
public sealed class WeightedPortraits(IServiceScopeFactory scopes)
{
    public async Task<WeightedPortraitResult?> GetAsync(CachedPortrait portrait, CancellationToken cancellationToken)
    {
        if (portrait.Collecte.Audience != Audience.Citizen) return null; // partners are organisations: never weighted
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var census = await db.CollecteCensuses.AsNoTracking()
            .Where(c => c.CollecteId == portrait.Collecte.CollecteId)
            .Select(c => new { c.Id, c.FileName, c.Csv })
            .SingleOrDefaultAsync(cancellationToken);
        if (census is null) return null;
        var computed = portrait.Derived($"weighted|{census.Id}", () => ComputeAsync(portrait, census.FileName, census.Csv));
        return await computed.WaitAsync(cancellationToken);
    }

    private async Task<WeightedPortraitResult> ComputeAsync(CachedPortrait portrait, string fileName, string csv)
    {
        var questionnaire = portrait.Collecte.Questionnaire;
        var known = portrait.Collecte.Neighbourhoods.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        var read = CensusReader.ReadText(csv, fileName, questionnaire, known);
        if (read.Census is not { } census) return new WeightedPortraitResult(null, read.Errors);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var builder = new WeightedPortraitBuilder(questionnaire, census);
        var seen = 0;
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, portrait.Collecte.CollecteId, questionnaire))
        {
            seen++;
            builder.Add(response);
        }
        // Answers that arrived after the portrait was computed would be weighted under the suppression of fewer
        // answers: refuse rather than risk it; the next request has a new portrait version and computes both again.
        if (seen != portrait.Stamp.Submitted) throw new PortraitMovedException();
        return builder.Build(portrait.Portrait);
    }
}

/// <summary>The responses changed while the weighted portrait was computed: the page shows the unweighted one.</summary>
public sealed class PortraitMovedException : Exception;
