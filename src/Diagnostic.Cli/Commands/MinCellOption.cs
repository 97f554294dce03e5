using System.CommandLine;
using Diagnostic.Core.Analysis;

namespace Diagnostic.Cli.Commands;

/// <summary>The one `--min-cell` of the file verbs (portrait, priorities, change): same default and check as the web app's setting.</summary>
internal static class MinCellOption
{
    public static Option<int> Create(string description)
    {
        var option = new Option<int>("--min-cell") { Description = description, DefaultValueFactory = _ => AnalysisOptions.DefaultMinCell };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--min-cell must be a whole number of at least 1");
        });
        return option;
    }
}
