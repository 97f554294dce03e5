namespace Diagnostic.Core.Charts;

/// <summary>One group of voters in a vote chart (a voter type), with one value per candidate; null where it gave none.</summary>
public sealed record VoteSeries(string Name, IReadOnlyList<double?> Values);
