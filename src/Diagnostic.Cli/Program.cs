using System.CommandLine;
using Diagnostic.Cli;
using Microsoft.Extensions.Options;

// Every ICliCommand in this assembly becomes a sub-command, so adding a verb is adding one file.
var root = new RootCommand("diagnostic — outils en ligne de commande de la plateforme Diagnostic");
foreach (var command in CliCommands.Discover())
{
    root.Subcommands.Add(command.Build());
}

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OptionsValidationException e)
{
    // A bad setting (Analysis:MinCell...) is the user's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync("configuration: " + e.Message);
    return 1;
}
