using Diagnostic.Core.DataFiles;
namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>Either a census or every reason it is refused, never both.</summary>
public sealed record CensusReadResult(Census? Census, IReadOnlyList<DataFileError> Errors);
