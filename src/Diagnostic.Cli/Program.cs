using System.CommandLine;
using Diagnostic.Cli;

// Every ICliCommand in this assembly becomes a sub-command, so adding a verb is adding one file.
var root = new RootCommand("diagnostic — outils en ligne de commande de la plateforme Diagnostic");
foreach (var command in CliCommands.Discover())
{
    root.Subcommands.Add(command.Build());
}

return await root.Parse(args).InvokeAsync();
