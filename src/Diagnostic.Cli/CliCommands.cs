using System.Reflection;

namespace Diagnostic.Cli;

internal static class CliCommands
{
    public static IEnumerable<ICliCommand> Discover() =>
        typeof(CliCommands).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!);
}
