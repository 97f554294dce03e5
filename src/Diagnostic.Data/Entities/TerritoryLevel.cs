namespace Diagnostic.Data.Entities;

public enum TerritoryLevel
{
    Region,
    City,
    Neighbourhood,
}
