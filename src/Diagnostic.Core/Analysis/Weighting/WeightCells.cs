namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>The cell collapsing rule of src/Diagnostic.Core/Analysis/README.md ("Cells and weights"), for one neighbourhood.</summary>
internal static class WeightCells
{
    /// <param name="codes">The profile question's codes, questionnaire order.</param>
    /// <param name="respondents">Respondents who chose each code.</param>
    /// <param name="populations">Census population of each code.</param>
    public static IReadOnlyList<WeightCell> Collapse(IReadOnlyList<string> codes, IReadOnlyList<int> respondents, IReadOnlyList<double> populations, int minCell)
    {
        // A code nobody chose and nobody lives in carries nothing: dropped before any merge.
        var cells = Enumerable.Range(0, codes.Count)
            .Where(c => respondents[c] > 0 || populations[c] > 0)
            .Select(c => new WeightCell([c], codes[c], respondents[c], populations[c]))
            .ToList();
        while (cells.Count >= 2 && cells.FindIndex(c => c.Respondents < minCell || c.Population == 0) is var i and >= 0)
        {
            var j = i == cells.Count - 1 ? i - 1 : i + 1;
            var (first, second) = (cells[Math.Min(i, j)], cells[Math.Max(i, j)]);
            cells[Math.Min(i, j)] = new WeightCell(
                [.. first.CodeIndexes, .. second.CodeIndexes], $"{first.Label}|{second.Label}",
                first.Respondents + second.Respondents, first.Population + second.Population);
            cells.RemoveAt(Math.Max(i, j));
        }
        return cells;
    }
}
