namespace Diagnostic.Data.Territories;

/// <summary>A territory as typed in the form; <see cref="Id"/> is null for a new one.</summary>
public sealed record TerritoryInput(
    int? Id, string Code, string Name, string? ParentCode, int? Population, string NeighbourhoodWord);
