using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>The ranked candidate targets of one audience × neighbourhood (or ALL, ranked by score only).</summary>
public sealed record NeighbourhoodPriorities(Audience Audience, string Neighbourhood, IReadOnlyList<PriorityTarget> Targets);
