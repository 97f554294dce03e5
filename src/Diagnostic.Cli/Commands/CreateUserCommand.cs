using System.CommandLine;
using System.Text;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic create-user --email E --role admin [--password-stdin]`: creates a staff account in the app's database
/// with the web app's password rules and hasher (Identity core over the same EF stores). The password is typed on the
/// terminal without echo (twice), or read as the first line of standard input. Exit code 0 when created, 1 otherwise.
/// </summary>
internal sealed class CreateUserCommand : ICliCommand
{
    public Command Build()
    {
        var email = new Option<string>("--email") { Description = "Adresse courriel (identifiant de connexion)", Required = true };
        var role = new Option<string>("--role") { Description = "Rôle : " + string.Join(", ", Roles.All), Required = true };
        var stdin = new Option<bool>("--password-stdin") { Description = "Lire le mot de passe sur l'entrée standard (première ligne)" };
        var command = new Command("create-user", "Crée un compte (administratrice, organisatrice ou membre du comité)");
        command.Options.Add(email);
        command.Options.Add(role);
        command.Options.Add(stdin);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var output = r.InvocationConfiguration.Output;
            var error = r.InvocationConfiguration.Error;
            var password = r.GetValue(stdin) ? await Console.In.ReadLineAsync(ct) : AskOnTerminal(output, error);
            return await RunAsync(CliConfiguration.Load(), r.GetValue(email)!, r.GetValue(role)!, password, output, error, ct);
        });
        return command;
    }

    /// <summary>Creates the account; every refusal is one clear line on <paramref name="error"/> (never the password).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, string email, string role, string? password,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!email.Contains('@'))
        {
            await error.WriteLineAsync($"Adresse courriel invalide : {email}");
            return 1;
        }
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Aucun mot de passe fourni.");
            return 1;
        }
        await using var services = BuildServices(configuration);
        await DiagnosticDatabase.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, password, role, AuditActor.CommandLine, cancellationToken);
        if (result.User is null)
        {
            foreach (var problem in result.Errors) await error.WriteLineAsync("Compte non créé : " + problem);
            return 1;
        }
        await output.WriteLineAsync($"Compte créé : {result.User.Email} ({role})");
        return 0;
    }

    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDiagnosticDatabase(configuration);
        services.AddDiagnosticIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>Asks twice without echo; null when the two differ or no terminal is attached.</summary>
    private static string? AskOnTerminal(TextWriter output, TextWriter error)
    {
        if (Console.IsInputRedirected)
        {
            error.WriteLine("Pas de terminal : utilisez --password-stdin pour passer le mot de passe.");
            return null;
        }
        output.Write("Mot de passe : ");
        var first = ReadHidden();
        output.Write("Confirmez : ");
        var second = ReadHidden();
        if (first == second) return first;
        error.WriteLine("Les deux mots de passe diffèrent.");
        return null;
    }

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.WriteLine();
        return text.ToString();
    }
}
