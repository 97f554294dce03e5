namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>Refuses a census that leaves out a code of a neighbourhood the citizen responses come from.</summary>
public static class CensusCoverage
{
    public static IReadOnlyList<CensusError> Check(Census census, IEnumerable<string> neighbourhoods)
    {
        var errors = new List<CensusError>();
        var end = census.Neighbourhoods.Values.SelectMany(n => n.Lines).DefaultIfEmpty(1).Max() + 1;
        foreach (var neighbourhood in neighbourhoods.Order(StringComparer.Ordinal))
        {
            if (!census.Neighbourhoods.TryGetValue(neighbourhood, out var rows))
            {
                errors.Add(new CensusError(census.File, end, 1,
                    $"neighbourhood '{neighbourhood}' has citizen responses but no census row (one row per code is needed)"));
                continue;
            }
            for (var c = 0; c < census.Codes.Count; c++)
            {
                if (rows.Populations[c] is null)
                {
                    errors.Add(new CensusError(census.File, rows.FirstLine, 2,
                        $"neighbourhood '{neighbourhood}' has no row for code '{census.Codes[c]}'"));
                }
            }
        }
        return errors;
    }
}
