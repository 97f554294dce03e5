namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>One post-stratification cell of a neighbourhood after collapsing: its codes (questionnaire order),
/// respondents, population and the weight of each of its respondents (null without respondents).</summary>
public sealed record WeightCell(IReadOnlyList<int> CodeIndexes, string Label, int Respondents, double Population)
{
    public double? Weight => Respondents > 0 ? Population / Respondents : null;
}
