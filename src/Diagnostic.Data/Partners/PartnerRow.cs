using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Partners;

/// <summary>One valid line of a partners CSV.</summary>
public sealed record PartnerRow(int Row, string Name, PartnerNetwork Network, string? Sector, IReadOnlyList<string> Neighbourhoods);
