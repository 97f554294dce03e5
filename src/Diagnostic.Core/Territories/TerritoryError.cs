namespace Diagnostic.Core.Territories;

/// <summary>A problem in a territory file: 1-based line of the file and 1-based column (field) of the CSV.</summary>
public sealed record TerritoryError(string File, int Row, int Column, string Message)
{
    public override string ToString() => $"{File}:{Row}:{Column}: {Message}";
}
