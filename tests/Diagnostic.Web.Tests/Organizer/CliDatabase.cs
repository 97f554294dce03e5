using Diagnostic.Data;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>A temporary folder with a SQLite file and a questionnaires/ folder, as the CLI commands see them.</summary>
public sealed class CliDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("organizer-cli").FullName;

    public string Questionnaires => Path.Combine(Folder, "questionnaires");

    public IConfiguration Configuration { get; }

    private readonly TestDatabase database;

    public CliDatabase()
    {
        Directory.CreateDirectory(Questionnaires);
        database = new TestDatabase(Folder, "cli.db");
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(database.Settings)
        {
            ["Questionnaires:Directory"] = Questionnaires,
        }).Build();
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<T> WithDbAsync<T>(Func<DiagnosticDbContext, Task<T>> action)
    {
        var services = new ServiceCollection().AddDiagnosticDatabase(Configuration).BuildServiceProvider();
        await using (services)
        {
            await DiagnosticDatabase.MigrateAsync(services);
            await using var scope = services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>());
        }
    }

    public void Dispose()
    {
        database.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
