using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Builds a <see cref="Portrait"/> in one streaming pass: <see cref="Add"/> each response once, then <see cref="Build"/>.
/// Memory grows with audiences × neighbourhoods × questions, not with responses. Not thread-safe; for parallel
/// reads build one builder per slice and <see cref="Merge"/> them.
/// No figure needs the raw responses: means, sds and t intervals come from Welford moments, choices from counts,
/// Welch tests from the moments of each neighbourhood (the rest of the collecte is a merge of the others), and
/// Cronbach's α from per-item and total-score moments over complete cases (<see cref="AlphaAccumulator"/>).
/// </summary>
public sealed class PortraitBuilder
{
    private readonly QuestionPlan _plan;
    private readonly AnalysisOptions _options;
    private readonly Dictionary<string, CellAccumulator>[] _cells;
    private readonly double[] _scratch;

    public PortraitBuilder(Questionnaire questionnaire, AnalysisOptions? options = null)
    {
        _options = options ?? new AnalysisOptions();
        _options.Validate();
        _plan = new QuestionPlan(questionnaire);
        _cells = Enum.GetValues<Audience>().Select(_ => new Dictionary<string, CellAccumulator>(StringComparer.Ordinal)).ToArray();
        _scratch = new double[_plan.Questions.Length];
    }

    public int ResponseCount { get; private set; }

    public void Add(ResponseRecord response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Values.Count != _plan.Questions.Length)
        {
            throw new ArgumentException(
                $"Response '{response.ResponseId}' has {response.Values.Count} values for {_plan.Questions.Length} questions.", nameof(response));
        }
        if (response.Neighbourhood == PortraitRow.AllNeighbourhoods)
        {
            throw new ArgumentException($"Response '{response.ResponseId}': '{PortraitRow.AllNeighbourhoods}' is not a neighbourhood code.", nameof(response));
        }
        Cell(response.Audience, response.Neighbourhood).Add(response, _scratch);
        ResponseCount++;
    }

    public void Merge(PortraitBuilder other)
    {
        for (var a = 0; a < _cells.Length; a++)
        {
            foreach (var (neighbourhood, cell) in other._cells[a])
            {
                Cell((Audience)a, neighbourhood).Merge(cell);
            }
        }
        ResponseCount += other.ResponseCount;
    }

    public Portrait Build()
    {
        var layout = FigureLayout.Of(_plan);
        var rows = new List<PortraitRow>();
        var respondents = new List<RespondentCount>();
        for (var a = 0; a < _cells.Length; a++)
        {
            if (_cells[a].Count > 0)
            {
                rows.AddRange(AudiencePortrait.Build((Audience)a, _cells[a], _plan, layout, _options.MinCell));
                respondents.AddRange(RespondentCounts.Build((Audience)a, _cells[a], _options.MinCell));
            }
        }
        var questionnaire = _plan.Questionnaire;
        return new Portrait(questionnaire.Id, questionnaire.Version, _options.MinCell, rows) { Respondents = respondents };
    }

    private CellAccumulator Cell(Audience audience, string neighbourhood)
    {
        var cells = _cells[(int)audience];
        if (!cells.TryGetValue(neighbourhood, out var cell))
        {
            cell = new CellAccumulator(_plan);
            cells.Add(neighbourhood, cell);
        }
        return cell;
    }
}
