namespace Diagnostic.Core.Territories;

/// <summary>Either the whole territory tree or every error found, never both.</summary>
public sealed record TerritoryReadResult(TerritoryTree? Tree, IReadOnlyList<TerritoryError> Errors)
{
    public bool IsValid => Tree is not null;

    internal static TerritoryReadResult Failed(IReadOnlyList<TerritoryError> errors) => new(null, errors);
}
