using Diagnostic.Core.DataFiles;

namespace Diagnostic.Core.Maps;

/// <summary>
/// A refused boundary file: the feature (1-based, in file order; 0 for the file as a whole), the kind of problem and
/// its arguments (<see cref="DataFileProblem"/>). <see cref="Message"/> is the English wording, for the CLI.
/// </summary>
public sealed record BoundaryError(string File, int Feature, DataFileProblem Kind, IReadOnlyList<string> Arguments)
{
    public BoundaryError(string file, int feature, DataFileProblem kind, params object[] arguments)
        : this(file, feature, kind, (IReadOnlyList<string>)[.. arguments.Select(DataFileError.Text)])
    {
    }

    public string Message => DataFileMessages.English(Kind, Arguments);

    public override string ToString() => Feature == 0 ? $"{File}: {Message}" : $"{File}: feature {Feature}: {Message}";
}
