using Diagnostic.Core.DataFiles;

namespace Diagnostic.Core.Territories;

/// <summary>Either the whole territory tree or every error found, never both.</summary>
public sealed record TerritoryReadResult(TerritoryTree? Tree, IReadOnlyList<DataFileError> Errors)
{
    public bool IsValid => Tree is not null;

    internal static TerritoryReadResult Failed(IReadOnlyList<DataFileError> errors) => new(null, errors);
}
