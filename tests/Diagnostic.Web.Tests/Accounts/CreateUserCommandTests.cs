extern alias cli;
using System.Diagnostics;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CreateUserCommand = cli::Diagnostic.Cli.Commands.CreateUserCommand;

namespace Diagnostic.Web.Tests.Accounts;

public sealed class CreateUserCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-cli-users-" + Guid.NewGuid().ToString("N"));
    private readonly IConfiguration configuration;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private readonly TestDatabase database;

    public CreateUserCommandTests()
    {
        Directory.CreateDirectory(folder);
        database = new TestDatabase(folder, "cli.db");
        configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
    }

    private Task<int> CreateAsync(string email, string role, string? password) =>
        CreateUserCommand.RunAsync(configuration, email, role, password, output, error, CancellationToken.None);

    [Fact]
    public async Task The_first_administrator_is_created_with_a_hashed_password_and_an_audit_entry()
    {
        var code = await CreateAsync("directrice@cdc.example", Roles.Admin, "une phrase de passe");

        Assert.Equal(0, code);
        Assert.Contains("Compte créé : directrice@cdc.example (admin)", output.ToString());
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DiagnosticUser>>();
        var user = (await users.FindByEmailAsync("directrice@cdc.example"))!;
        Assert.True(await users.CheckPasswordAsync(user, "une phrase de passe"));
        Assert.DoesNotContain("une phrase de passe", user.PasswordHash);
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(user));
        var entry = await scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>().AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.UserCreated, "cli", "user", user.Id), (entry.Action, entry.ActorDisplay, entry.TargetType, entry.TargetId));
    }

    [Fact]
    public async Task An_existing_email_is_refused_whatever_its_case()
    {
        await CreateAsync("organisatrice@cdc.example", Roles.Organizer, "une phrase de passe");

        var code = await CreateAsync("Organisatrice@CDC.example", Roles.Admin, "une autre phrase");

        Assert.Equal(1, code);
        Assert.Contains("Compte non créé : Email 'Organisatrice@CDC.example' is already taken.", error.ToString());
    }

    [Theory]
    [InlineData("court", "at least 10 characters")]
    [InlineData("aaaaaaaaaaaa", "at least 5 different characters")]
    public async Task A_weak_password_is_refused_with_the_rule_it_breaks(string password, string rule)
    {
        var code = await CreateAsync("comite@cdc.example", Roles.Committee, password);

        Assert.Equal(1, code);
        Assert.Contains(rule, error.ToString());
        Assert.DoesNotContain(password, error.ToString());
        Assert.Equal(0, await CountUsersAsync());
    }

    [Theory]
    [InlineData("pas-une-adresse", Roles.Admin, "Adresse courriel invalide")]
    [InlineData("x@cdc.example", "citoyen", "unknown role 'citoyen'")]
    public async Task A_bad_email_or_an_unknown_role_is_refused(string email, string role, string message)
    {
        Assert.Equal(1, await CreateAsync(email, role, "une phrase de passe"));
        Assert.Contains(message, error.ToString());
    }

    [Fact]
    public async Task The_command_reads_the_password_from_standard_input()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "diagnostic.dll"),
            "create-user", "--email", "stdin@cdc.example", "--role", Roles.Committee, "--password-stdin"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in database.EnvironmentVariables) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("lue sur l'entrée standard");
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, stderr);
        Assert.Contains("Compte créé : stdin@cdc.example (comite)", stdout);
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DiagnosticUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("stdin@cdc.example"))!, "lue sur l'entrée standard"));
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiagnosticDatabase(configuration);
        services.AddDiagnosticIdentityCore();
        return services.BuildServiceProvider();
    }

    private async Task<int> CountUsersAsync()
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>().Users.CountAsync();
    }

    public void Dispose()
    {
        database.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
