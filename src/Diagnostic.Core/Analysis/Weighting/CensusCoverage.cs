using Diagnostic.Core.DataFiles;
namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>Refuses a census that leaves out a code of a neighbourhood the citizen responses come from.</summary>
public static class CensusCoverage
{
    public static IReadOnlyList<DataFileError> Check(Census census, IEnumerable<string> neighbourhoods)
    {
        var errors = new List<DataFileError>();
        var end = census.Neighbourhoods.Values.SelectMany(n => n.Lines).DefaultIfEmpty(1).Max() + 1;
        foreach (var neighbourhood in neighbourhoods.Order(StringComparer.Ordinal))
        {
            if (!census.Neighbourhoods.TryGetValue(neighbourhood, out var rows))
            {
                errors.Add(new DataFileError(census.File, end, 1, DataFileProblem.NoCensusRows, neighbourhood));
                continue;
            }
            for (var c = 0; c < census.Codes.Count; c++)
            {
                if (rows.Populations[c] is null)
                {
                    errors.Add(new DataFileError(census.File, rows.FirstLine, 2, DataFileProblem.MissingCensusRow, neighbourhood, census.Codes[c]));
                }
            }
        }
        return errors;
    }
}
