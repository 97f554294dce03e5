namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// What the weighted portrait keeps of one neighbourhood's citizen responses: per code of the profile question,
/// its respondents and the moments of every figure's y. Its size depends on the questionnaire only, and it merges,
/// like the portrait's cells. The cells are not known while reading (collapsing needs every count), so moments are
/// kept per code and added up per cell at the end; that is also what makes one pass enough: the linearized variance
/// only needs, per cell, the count, mean and squared deviations of y (see <see cref="WeightedEstimator"/>).
/// </summary>
internal sealed class NeighbourhoodWeighting
{
    public NeighbourhoodWeighting(int codes, int slots)
    {
        Respondents = new int[codes];
        Moments = Enumerable.Range(0, codes).Select(_ => new CellMoments[slots]).ToArray();
    }

    /// <summary>Respondents who chose each code of the profile question.</summary>
    public int[] Respondents { get; }

    /// <summary>Per code, per figure: the y of the respondents who count in it.</summary>
    public CellMoments[][] Moments { get; }

    public void Add(int code, double[] y)
    {
        Respondents[code]++;
        var moments = Moments[code];
        for (var s = 0; s < y.Length; s++)
        {
            if (!double.IsNaN(y[s]))
            {
                moments[s].Add(y[s]);
            }
        }
    }

    public void Merge(NeighbourhoodWeighting other)
    {
        for (var c = 0; c < Respondents.Length; c++)
        {
            Respondents[c] += other.Respondents[c];
            for (var s = 0; s < Moments[c].Length; s++)
            {
                Moments[c][s].Merge(other.Moments[c][s]);
            }
        }
    }

    /// <summary>The moments of one figure in each collapsed cell.</summary>
    public CellMoments[] CellMomentsOf(IReadOnlyList<WeightCell> cells, int slot)
    {
        var result = new CellMoments[cells.Count];
        for (var h = 0; h < cells.Count; h++)
        {
            foreach (var code in cells[h].CodeIndexes)
            {
                result[h].Merge(Moments[code][slot]);
            }
        }
        return result;
    }
}
