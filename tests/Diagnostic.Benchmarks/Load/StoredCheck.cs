namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// What the database holds after the run, read through `diagnostic export-responses --format long` (submitted
/// responses only, the same on SQLite and PostgreSQL): for each marker, how many submitted responses carry it.
/// </summary>
internal sealed record StoredCheck(int Acknowledged, int Stored, int Lost, int Duplicated, int StoredUnacknowledged, IReadOnlyList<string> LostMarkers)
{
    public bool Holds => Lost == 0 && Duplicated == 0;

    public static StoredCheck Compare(IReadOnlyCollection<string> acknowledged, string longExport, string markerQuestion)
    {
        var responsesByMarker = Read(longExport, markerQuestion);
        var acked = acknowledged.ToHashSet(StringComparer.Ordinal);
        var lost = acked.Where(m => !responsesByMarker.ContainsKey(m)).Order(StringComparer.Ordinal).ToList();
        return new StoredCheck(
            acked.Count,
            acked.Count(responsesByMarker.ContainsKey),
            lost.Count,
            responsesByMarker.Count(m => m.Value.Count > 1),
            responsesByMarker.Keys.Count(m => !acked.Contains(m)),
            lost);
    }

    /// <summary>Columns response_id,neighbourhood,audience,question_id,value; the harness's ids, codes and markers
    /// hold no comma or quote, so a plain split reads the rows it looks for.</summary>
    private static Dictionary<string, HashSet<string>> Read(string path, string markerQuestion)
    {
        var byMarker = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length != 5 || fields[3] != markerQuestion) continue;
            if (!byMarker.TryGetValue(fields[4], out var responses)) byMarker[fields[4]] = responses = [];
            responses.Add(fields[0]);
        }
        return byMarker;
    }
}
