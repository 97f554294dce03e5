using Diagnostic.Data;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// The app as an operator starts it: ASPNETCORE_ENVIRONMENT=Production, the shipped appsettings.json, the repository's
/// questionnaires, and only the settings the README's Production section asks for (database folder, PublicBaseUrl).
/// Nothing about the demo is set: what happens is what the shipped files decide.
/// </summary>
public sealed class ProductionFactory(string? publicBaseUrl) : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-production-" + Guid.NewGuid().ToString("N"));

    public LogCapture Logs { get; } = new();

    public string DataFolder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", folder);
        if (publicBaseUrl is not null) builder.UseSetting("PublicBaseUrl", publicBaseUrl);
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
    }

    public async Task<T> WithDbAsync<T>(Func<DiagnosticDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
