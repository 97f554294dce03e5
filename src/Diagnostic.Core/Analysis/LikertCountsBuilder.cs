using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Counts the answers to every scale item point by point, streaming like <see cref="PortraitBuilder"/>: feed each
/// response to both in one pass, then <see cref="Build"/> with the portrait so its suppression (complementary
/// included) hides the same items. The portrait itself keeps only moments, which cannot draw Likert bars.
/// Memory grows with audiences × neighbourhoods × scale points, not with responses. Not thread-safe.
/// </summary>
public sealed class LikertCountsBuilder
{
    private readonly (int Index, Question Question)[] _items;
    private readonly int _questionCount;
    private readonly Dictionary<(Audience, string), int[][]> _cells = [];

    public LikertCountsBuilder(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        _questionCount = questionnaire.Questions.Count;
        _items = questionnaire.Questions.Select((q, i) => (i, q)).Where(x => x.q.Type == QuestionType.Scale).ToArray();
    }

    public void Add(ResponseRecord response) => Add(response, 1);

    /// <summary>Takes back a response added before: the exact inverse of <see cref="Add(ResponseRecord)"/>.</summary>
    public void Remove(ResponseRecord response) => Add(response, -1);

    /// <summary>One cell's counts as bytes, for <see cref="MergeCell"/>.</summary>
    public byte[] WriteCell(Audience audience, string neighbourhood)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            foreach (var counts in Cell(audience, neighbourhood))
                foreach (var count in counts) writer.Write7BitEncodedInt(count);
        }
        return buffer.ToArray();
    }

    public void MergeCell(Audience audience, string neighbourhood, byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var cell = Cell(audience, neighbourhood);
        foreach (var counts in cell)
            for (var p = 0; p < counts.Length; p++) counts[p] += reader.Read7BitEncodedInt();
        if (reader.BaseStream.Position != bytes.Length) throw new InvalidDataException("Likert counts of another questionnaire.");
    }

    private void Add(ResponseRecord response, int sign)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Values.Count != _questionCount)
        {
            throw new ArgumentException(
                $"Response '{response.ResponseId}' has {response.Values.Count} values for {_questionCount} questions.", nameof(response));
        }
        var cell = Cell(response.Audience, response.Neighbourhood);
        for (var k = 0; k < _items.Length; k++)
        {
            var value = response.Values[_items[k].Index];
            if (string.IsNullOrEmpty(value)) continue;
            var slot = Slot(_items[k].Question.Scale!, value);
            if (slot < 0)
                throw new ArgumentException($"Response '{response.ResponseId}': value '{value}' is not valid for question '{_items[k].Question.Id}'.");
            cell[k][slot] += sign;
        }
    }

    public void Merge(LikertCountsBuilder other)
    {
        foreach (var (key, counts) in other._cells)
        {
            var cell = Cell(key.Item1, key.Item2);
            for (var k = 0; k < counts.Length; k++)
                for (var p = 0; p < counts[k].Length; p++)
                    cell[k][p] += counts[k][p];
        }
    }

    /// <summary>An item is shown exactly when the portrait shows its question row for that audience and neighbourhood.</summary>
    public LikertCounts Build(Portrait portrait)
    {
        ArgumentNullException.ThrowIfNull(portrait);
        var shown = portrait.Rows.Where(r => r.Level == FigureLevel.Question && !r.Suppressed)
            .Select(r => (r.Audience, r.Neighbourhood, r.Id)).ToHashSet();
        var items = new List<LikertCountsItem>();
        // Cells emptied by removals are left out, as the portrait leaves them out.
        var counted = portrait.Respondents.Select(r => (r.Audience, r.Neighbourhood)).ToHashSet();
        var kept = _cells.Keys.Where(k => counted.Contains(k) || _cells[k].Any(counts => counts.Any(n => n != 0))).ToList();
        foreach (var audience in kept.Select(k => k.Item1).Distinct().Order())
        {
            var units = kept.Where(k => k.Item1 == audience).Select(k => k.Item2).Order(StringComparer.Ordinal).ToList();
            var all = Sum(units.Select(u => _cells[(audience, u)]));
            foreach (var (unit, cell) in units.Select(u => (u, _cells[(audience, u)])).Prepend((PortraitRow.AllNeighbourhoods, all)))
            {
                for (var k = 0; k < _items.Length; k++)
                {
                    var id = _items[k].Question.Id;
                    items.Add(shown.Contains((audience, unit, id))
                        ? new LikertCountsItem(audience, unit, id, cell[k][..^1], cell[k][^1], false)
                        : new LikertCountsItem(audience, unit, id, null, null, true));
                }
            }
        }
        return new LikertCounts(items);
    }

    /// <summary>The point's position in the scale, or the last slot for NSP; -1 when the value is not on the scale.</summary>
    private static int Slot(Scale scale, string value)
    {
        if (value == Scale.DontKnowCode) return scale.Points.Count;
        // Same reading of a code as the portrait (CellAccumulator), so both count the same answers.
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)) return -1;
        for (var p = 0; p < scale.Points.Count; p++)
        {
            if (scale.Points[p].Code == code) return p;
        }
        return -1;
    }

    private int[][] Sum(IEnumerable<int[][]> cells)
    {
        var sum = NewCell();
        foreach (var cell in cells)
            for (var k = 0; k < cell.Length; k++)
                for (var p = 0; p < cell[k].Length; p++)
                    sum[k][p] += cell[k][p];
        return sum;
    }

    private int[][] Cell(Audience audience, string neighbourhood)
    {
        if (!_cells.TryGetValue((audience, neighbourhood), out var cell))
        {
            cell = NewCell();
            _cells.Add((audience, neighbourhood), cell);
        }
        return cell;
    }

    /// <summary>One slot per scale point plus one for NSP, per item.</summary>
    private int[][] NewCell() => _items.Select(x => new int[x.Question.Scale!.Points.Count + 1]).ToArray();
}
