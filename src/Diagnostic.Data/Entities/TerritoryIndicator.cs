namespace Diagnostic.Data.Entities;

/// <summary>
/// One published figure about a territory (a neighbourhood, or the territory as a whole): low-income share,
/// deprivation quintile... Imported as given, never computed here (a quintile cannot be averaged).
/// </summary>
public sealed class TerritoryIndicator
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Indicator { get; set; }
    public double Value { get; set; }
    public string Unit { get; set; } = "";
    public required string Source { get; set; }
    public int Year { get; set; }
}
