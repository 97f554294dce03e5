namespace Diagnostic.Data.Entities;

/// <summary>What a comité is for, as the Mauricie concertation named its bodies.</summary>
public enum ComiteKind
{
    Orientation,
    Coordination,
    Suivi,
    CelluleTravail,
}
