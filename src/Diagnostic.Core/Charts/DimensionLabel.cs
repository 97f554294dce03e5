namespace Diagnostic.Core.Charts;

/// <summary>A dimension (a section with <c>dimension: true</c>) and its title in the page's language.</summary>
public sealed record DimensionLabel(string Id, string Title);
