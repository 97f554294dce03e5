using Diagnostic.Core.DataFiles;

namespace Diagnostic.Data.Territories;

/// <summary>What an import did (codes added and updated), or every error and nothing changed.</summary>
public sealed record TerritoryImportResult(
    IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<DataFileError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TerritoryImportResult Failed(IReadOnlyList<DataFileError> errors) => new([], [], errors);
}
