using System.CommandLine;

namespace Diagnostic.Cli;

/// <summary>One verb of the `diagnostic` command. Implementations are discovered by reflection.</summary>
public interface ICliCommand
{
    Command Build();
}
