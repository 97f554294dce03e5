using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli;

/// <summary>
/// The same configuration sources as the web app: appsettings.json (linked from the web project),
/// appsettings.{environment}.json, then environment variables (ConnectionStrings__Diagnostic, ...).
/// </summary>
public static class CliConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
