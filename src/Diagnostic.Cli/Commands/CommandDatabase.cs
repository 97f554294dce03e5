using Diagnostic.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// The web app's database for one command: same configuration, migrated first so a fresh install works.
/// Tests pass their own configuration instead of the process's.
/// </summary>
internal sealed class CommandDatabase : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly AsyncServiceScope scope;

    private CommandDatabase(ServiceProvider provider)
    {
        this.provider = provider;
        scope = provider.CreateAsyncScope();
    }

    public DiagnosticDbContext Db => scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();

    public static async Task<CommandDatabase> OpenAsync(IConfiguration? configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddDiagnosticDatabase(configuration ?? CliConfiguration.Load());
        var provider = services.BuildServiceProvider();
        await DiagnosticDatabase.MigrateAsync(provider, cancellationToken);
        return new CommandDatabase(provider);
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
