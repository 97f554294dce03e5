namespace Diagnostic.Core.Territories;

/// <summary>
/// One line of a territory list, read but not yet checked against the others.
/// <paramref name="Row"/> is its 1-based line in the source file, used in error messages.
/// </summary>
public sealed record TerritoryRow(int Row, string Code, string Name, string? ParentCode, int? Population);
