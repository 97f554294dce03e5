using Diagnostic.Core.DataFiles;
namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>The weighted figures of the citizen responses, suppression applied; rows in file order
/// (ALL, then neighbourhoods in ordinal code order, each with its weight rows first).</summary>
public sealed record WeightedPortrait(string QuestionId, int MinCell, IReadOnlyList<WeightedPortraitRow> Rows);

/// <summary>Either the weighted portrait or why the census is refused for these responses, never both.</summary>
public sealed record WeightedPortraitResult(WeightedPortrait? Portrait, IReadOnlyList<DataFileError> Errors);
