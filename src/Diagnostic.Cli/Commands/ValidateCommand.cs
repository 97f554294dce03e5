using System.CommandLine;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic validate &lt;file-or-folder&gt;...`: reads questionnaire files the way the platform does, prints
/// every error as `file:line:column: message` on stderr and `OK file (id vN)` on stdout; exit code 1 on any error.
/// Folders contribute their *.yaml and *.yml files, and all files are checked together, so two files with the
/// same questionnaire id are caught.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Questionnaire files (.yaml, .yml) or folders holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Vérifie des fichiers de questionnaire (YAML) et affiche chaque erreur avec sa position");
        command.Arguments.Add(paths);
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Validates the paths; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var (files, missing) = Expand(paths, output);
        var catalog = QuestionnaireCatalog.Load(files);
        foreach (var problem in missing.Concat(catalog.Errors))
        {
            error.WriteLine(problem.ToString());
        }

        var valid = catalog.Files.ToDictionary(f => f.Value, f => catalog.Questionnaires[f.Key]);
        foreach (var file in files.Where(valid.ContainsKey))
        {
            output.WriteLine($"OK {file} ({valid[file].Id} v{valid[file].Version})");
        }

        return missing.Count + catalog.Errors.Count > 0 ? 1 : 0;
    }

    /// <summary>Files as given, folders as their questionnaire files, each file once; missing paths as errors.</summary>
    private static (List<string> Files, List<QuestionnaireError> Missing) Expand(IReadOnlyList<string> paths, TextWriter output)
    {
        var files = new List<string>();
        var missing = new List<QuestionnaireError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = QuestionnaireCatalog.FilesIn(path);
                if (inFolder.Count == 0)
                {
                    output.WriteLine($"No questionnaire file (.yaml, .yml) in {path}");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(new QuestionnaireError(path, 1, 1, "no such file or folder"));
            }
        }

        return (files.DistinctBy(Path.GetFullPath).ToList(), missing);
    }
}
