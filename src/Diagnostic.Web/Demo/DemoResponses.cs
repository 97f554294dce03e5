using Diagnostic.Data;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Demo;

/// <summary>Stores the demo generator's synthetic responses as submitted web responses.</summary>
internal static class DemoResponses
{
    public static Task AddAsync(DiagnosticDbContext db, DiagnosisSession session, DemoSettings options, CancellationToken cancellationToken)
    {
        // TODO: the seeded generator (DemoResponseGenerator, branch content) plugs in here.
        _ = (db, session, options, cancellationToken);
        return Task.CompletedTask;
    }
}
