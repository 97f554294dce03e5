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
    private readonly long[] _scratch;

    public PortraitBuilder(Questionnaire questionnaire, AnalysisOptions? options = null)
    {
        _options = options ?? new AnalysisOptions();
        _options.Validate();
        _plan = QuestionPlan.For(questionnaire);
        _cells = Enum.GetValues<Audience>().Select(_ => new Dictionary<string, CellAccumulator>(StringComparer.Ordinal)).ToArray();
        _scratch = new long[_plan.Questions.Length];
    }

    public int ResponseCount { get; private set; }

    /// <summary>
    /// Version of the accumulators' layout written by <see cref="WriteCell"/>; stored accumulators of another
    /// version are rebuilt from the rows.
    /// </summary>
    public const int CellFormat = 1;

    public void Add(ResponseRecord response) => Add(response, 1);

    /// <summary>Takes back a response added before: the exact inverse of <see cref="Add(ResponseRecord)"/>.</summary>
    public void Remove(ResponseRecord response) => Add(response, -1);

    /// <summary>The audience × neighbourhood cells holding responses.</summary>
    public IEnumerable<(Audience Audience, string Neighbourhood)> Cells =>
        _cells.SelectMany((cells, a) => cells.Keys.Select(n => ((Audience)a, n)));

    /// <summary>One cell's accumulators as bytes (integers only, so a stored cell merges back without loss).</summary>
    public byte[] WriteCell(Audience audience, string neighbourhood)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write7BitEncodedInt(CellFormat);
            Cell(audience, neighbourhood).Write(writer);
        }
        return buffer.ToArray();
    }

    /// <summary>Merges a cell written by <see cref="WriteCell"/> for the same questionnaire.</summary>
    public void MergeCell(Audience audience, string neighbourhood, byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        if (reader.Read7BitEncodedInt() != CellFormat) throw new InvalidDataException("Portrait cell of another format.");
        var stored = new CellAccumulator(_plan);
        stored.Read(reader);
        if (reader.BaseStream.Position != bytes.Length) throw new InvalidDataException("Portrait cell of another questionnaire.");
        Cell(audience, neighbourhood).Merge(stored);
        ResponseCount += stored.Respondents;
    }

    public int RespondentsOf(Audience audience, string neighbourhood) =>
        _cells[(int)audience].TryGetValue(neighbourhood, out var cell) ? cell.Respondents : 0;

    /// <summary>Whether a cell holds no response (all removed): its stored row can go.</summary>
    public bool IsEmpty(Audience audience, string neighbourhood) =>
        !_cells[(int)audience].TryGetValue(neighbourhood, out var cell) || cell.IsEmpty;

    private void Add(ResponseRecord response, int sign)
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
        Cell(response.Audience, response.Neighbourhood).Add(response, _scratch, sign);
        ResponseCount += sign;
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
            // Cells emptied by removals are left out, as if their responses had never been added.
            var cells = _cells[a].Where(c => !c.Value.IsEmpty).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            if (cells.Count > 0)
            {
                rows.AddRange(AudiencePortrait.Build((Audience)a, cells, _plan, layout, _options.MinCell));
                respondents.AddRange(RespondentCounts.Build((Audience)a, cells, _options.MinCell));
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
