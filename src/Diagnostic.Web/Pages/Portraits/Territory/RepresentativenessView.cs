namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>One answer: respondents (as the portrait shows them), their share, and the population's share.</summary>
public sealed record RepresentativenessLine(string Label, string Respondents, string SampleShare, string PopulationShare);

/// <summary>
/// The sample against the census in one neighbourhood: chart, table, and the largest gaps spelled out
/// (« les 65 ans et plus forment 41 % des répondants, 22 % de la population »).
/// </summary>
public sealed record RepresentativenessView(
    string Code, string Title, string Svg, IReadOnlyList<RepresentativenessLine> Lines, IReadOnlyList<string> Gaps, string? NoGap);
