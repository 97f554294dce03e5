using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Data.Exchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Cli.Commands;

/// <summary>The database as the web app sees it (same settings, migrated), for the exchange and privacy verbs.</summary>
internal static class ExchangeDatabase
{
    public static async Task<ServiceProvider> OpenAsync(IConfiguration configuration, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddDiagnosticDatabase(configuration);
        services.AddAnalysisOptions(configuration);
        services.AddSingleton(TimeProvider.System);
        var provider = services.BuildServiceProvider();
        // The web app's start-up check, made here since no host runs it: a bad setting stops the command before it reads anything.
        _ = provider.GetRequiredService<IOptions<AnalysisOptions>>().Value;
        await DiagnosticDatabase.MigrateAsync(provider, ct);
        return provider;
    }

    /// <summary>The collecte with this code, or null after telling the user on <paramref name="error"/>.</summary>
    public static async Task<ExchangeCollecte?> FindAsync(DiagnosticDbContext db, string code, TextWriter error, CancellationToken ct)
    {
        var collecte = await ExchangeCollecte.FindAsync(db, code, null, ct);
        if (collecte is null) await error.WriteLineAsync($"no collecte with the code '{code}'");
        return collecte;
    }
}
