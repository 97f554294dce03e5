using Diagnostic.Core.DataFiles;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// Builds the weighted portrait (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait") in one streaming pass, like
/// <see cref="PortraitBuilder"/>: <see cref="Add"/> each response, then <see cref="Build"/> with the unweighted
/// portrait of the same responses (same min_cell), whose suppression it inherits. Only citizen responses are
/// weighted; respondents who did not answer the weighting question are left out. Not thread-safe; build one per
/// slice and <see cref="Merge"/> them.
/// </summary>
public sealed class WeightedPortraitBuilder
{
    private readonly Census _census;
    private readonly QuestionPlan _plan;
    private readonly FigureSlot[] _slots;
    private readonly FigureValues _values;
    private readonly int _profileQuestion;
    private readonly double[] _y;
    private readonly Dictionary<string, NeighbourhoodWeighting> _neighbourhoods = new(StringComparer.Ordinal);

    public WeightedPortraitBuilder(Questionnaire questionnaire, Census census)
    {
        _census = census;
        _plan = new QuestionPlan(questionnaire);
        _profileQuestion = Array.FindIndex(_plan.Questions, q => q.Id == census.QuestionId);
        if (_profileQuestion < 0 || !_plan.ChoiceCodes[_profileQuestion].SequenceEqual(census.Codes))
        {
            throw new ArgumentException($"The census weights on '{census.QuestionId}', which this questionnaire does not have with the same codes.", nameof(census));
        }
        // The weighting question's shares are the census itself: no choice rows for it.
        _slots = FigureLayout.Of(_plan)
            .Where(s => (s.Level is FigureLevel.Question or FigureLevel.Choice or FigureLevel.Dimension) && s.Question != _profileQuestion)
            .ToArray();
        _values = new FigureValues(_plan, _slots);
        _y = new double[_slots.Length];
    }

    public void Add(ResponseRecord response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Audience != Audience.Citizen)
        {
            return;
        }
        if (response.Values.Count != _plan.Questions.Length)
        {
            throw new ArgumentException(
                $"Response '{response.ResponseId}' has {response.Values.Count} values for {_plan.Questions.Length} questions.", nameof(response));
        }
        var neighbourhood = Neighbourhood(response.Neighbourhood);
        var answer = response.Values[_profileQuestion];
        if (string.IsNullOrEmpty(answer) || _plan.Questions[_profileQuestion].IsDeclined(answer))
        {
            return; // did not answer the weighting question, or declined it: no weight
        }
        var code = _plan.ChoiceIndex(_profileQuestion, answer);
        if (code < 0)
        {
            throw new ArgumentException($"Response '{response.ResponseId}': '{answer}' is not a code of '{_census.QuestionId}'.", nameof(response));
        }
        _values.Fill(response, _y);
        neighbourhood.Add(code, _y);
    }

    public void Merge(WeightedPortraitBuilder other)
    {
        foreach (var (code, weighting) in other._neighbourhoods)
        {
            Neighbourhood(code).Merge(weighting);
        }
    }

    /// <param name="portrait">The unweighted portrait of the same responses; its min_cell is used.</param>
    public WeightedPortraitResult Build(Portrait portrait)
    {
        var errors = CensusCoverage.Check(_census, _neighbourhoods.Keys).ToList();
        if (errors.Count > 0)
        {
            return new WeightedPortraitResult(null, errors);
        }
        var names = _neighbourhoods.Keys.Order(StringComparer.Ordinal).ToArray();
        var cells = new Dictionary<string, IReadOnlyList<WeightCell>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var census = _census.Neighbourhoods[name];
            cells[name] = WeightCells.Collapse(_census.Codes, _neighbourhoods[name].Respondents, census.Populations.Select(p => p!.Value).ToArray(), portrait.MinCell);
            if (cells[name].FirstOrDefault(c => c.Respondents > 0 && c.Population == 0) is { } empty)
            {
                errors.Add(new DataFileError(_census.File, census.FirstLine, 3, DataFileProblem.ZeroPopulation, name, empty.Respondents, empty.Label));
            }
        }
        if (errors.Count > 0)
        {
            return new WeightedPortraitResult(null, errors);
        }
        var rows = new WeightedRows(portrait, _census.QuestionId, _census.Codes, _slots);
        return new WeightedPortraitResult(
            new WeightedPortrait(_census.QuestionId, portrait.MinCell, rows.Build(names.Select(n => (n, cells[n], _neighbourhoods[n])).ToArray())), []);
    }

    private NeighbourhoodWeighting Neighbourhood(string code)
    {
        if (!_neighbourhoods.TryGetValue(code, out var weighting))
        {
            weighting = new NeighbourhoodWeighting(_census.Codes.Count, _slots.Length);
            _neighbourhoods.Add(code, weighting);
        }
        return weighting;
    }
}
