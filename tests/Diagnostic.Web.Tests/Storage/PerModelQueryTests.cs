using Diagnostic.Data;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// A compiled query per model (issue 16): one process may hold both providers' models, and a compiled query must
/// only ever meet the model it was compiled for.
/// </summary>
public sealed class PerModelQueryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-per-model-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Each_model_gets_its_own_compiled_query_and_a_model_keeps_the_one_it_got()
    {
        var compiled = 0;
        var query = new PerModelQuery<object>(() => new object[] { Interlocked.Increment(ref compiled) });
        await using var sqlite = Services(new() { ["Storage:DataDirectory"] = folder });
        await using var postgres = Services(new()
        {
            [DatabaseProviders.ProviderKey] = "Postgres",
            ["ConnectionStrings:Diagnostic"] = "Host=127.0.0.1;Database=never_opened",
        });

        var first = query.For(Context(sqlite));
        var again = query.For(Context(sqlite));
        var other = query.For(Context(postgres));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, compiled);
    }

    private static DiagnosticDbContext Context(ServiceProvider services) =>
        services.CreateScope().ServiceProvider.GetRequiredService<DiagnosticDbContext>();

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDiagnosticDatabase(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
