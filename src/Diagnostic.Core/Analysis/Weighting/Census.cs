namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// The census counts that weight the citizen responses: for each neighbourhood, the population of each code of
/// one `single` profile question, codes in the questionnaire's order.
/// </summary>
/// <param name="File">The census file's name, for errors found once the responses are known.</param>
/// <param name="QuestionId">The profile question whose codes define the weighting cells.</param>
/// <param name="Codes">Its codes, in the questionnaire's order.</param>
/// <param name="Neighbourhoods">Per neighbourhood code, its rows.</param>
public sealed record Census(string File, string QuestionId, IReadOnlyList<string> Codes, IReadOnlyDictionary<string, CensusNeighbourhood> Neighbourhoods);

/// <summary>One neighbourhood of the census: per code index, its population (null when the file has no row for it) and the line of that row.</summary>
public sealed record CensusNeighbourhood(int FirstLine, double?[] Populations, int[] Lines);
