namespace Diagnostic.Core.DataFiles;

/// <summary>
/// A refused CSV data file (territories, census, indicators): 1-based line and field, the kind of problem and its arguments
/// (<see cref="DataFileProblem"/>). <see cref="Message"/> is the English wording, for the CLI.
/// </summary>
public sealed record DataFileError(string File, int Row, int Column, DataFileProblem Kind, IReadOnlyList<string> Arguments)
{
    public DataFileError(string file, int row, int column, DataFileProblem kind, params object[] arguments)
        : this(file, row, column, kind, (IReadOnlyList<string>)[.. arguments.Select(Text)])
    {
    }

    public string Message => DataFileMessages.English(Kind, Arguments);

    public override string ToString() => $"{File}:{Row}:{Column}: {Message}";

    internal static string Text(object argument) => argument switch
    {
        double d => DataFileMessages.Number(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };
}
