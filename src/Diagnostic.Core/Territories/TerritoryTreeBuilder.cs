namespace Diagnostic.Core.Territories;

/// <summary>Checks territory rows against each other and computes levels; all-or-nothing.</summary>
internal static class TerritoryTreeBuilder
{
    /// <summary>The portrait uses this code for the whole territory, so no territory may take it.</summary>
    public const string ReservedCode = "ALL";

    public static TerritoryReadResult Build(IReadOnlyList<TerritoryRow> rows, string file, TerritoryColumns columns)
    {
        var errors = new List<TerritoryError>();
        if (rows.Count == 0)
        {
            errors.Add(new TerritoryError(file, 1, 1, "the file lists no territory"));
        }
        var byCode = CheckRows(rows, file, columns, errors);
        CheckParents(rows, byCode, file, columns, errors);
        CheckCycles(rows, byCode, file, columns, errors);
        if (errors.Count > 0)
        {
            return TerritoryReadResult.Failed(errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
        }
        return new TerritoryReadResult(new TerritoryTree(WithLevels(rows, byCode)), []);
    }

    private static Dictionary<string, TerritoryRow> CheckRows(
        IReadOnlyList<TerritoryRow> rows, string file, TerritoryColumns columns, List<TerritoryError> errors)
    {
        var byCode = new Dictionary<string, TerritoryRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Name, $"territory '{row.Code}' has an empty name"));
            }
            if (row.Population is < 0)
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Population ?? columns.Code,
                    "population must be a non-negative whole number"));
            }
            if (string.IsNullOrWhiteSpace(row.Code))
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Code, "the code is empty"));
            }
            else if (row.Code == ReservedCode)
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Code,
                    $"the code '{ReservedCode}' is reserved for the whole territory in portraits"));
            }
            else if (byCode.TryGetValue(row.Code, out var first))
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Code,
                    $"duplicate code '{row.Code}' (first on line {first.Row})"));
            }
            else
            {
                byCode.Add(row.Code, row);
            }
        }
        return byCode;
    }

    private static void CheckParents(IReadOnlyList<TerritoryRow> rows, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns, List<TerritoryError> errors)
    {
        foreach (var row in rows)
        {
            var parent = ParentOf(row);
            if (parent is not null && !byCode.ContainsKey(parent))
            {
                errors.Add(new TerritoryError(file, row.Row, columns.Parent,
                    $"unknown parent '{parent}': no territory has this code"));
            }
        }
    }

    private static void CheckCycles(IReadOnlyList<TerritoryRow> rows, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns, List<TerritoryError> errors)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in rows.Where(r => byCode.TryGetValue(r.Code, out var kept) && kept == r))
        {
            var walk = new List<string>();
            string? code = start.Code;
            while (code is not null && !done.Contains(code) && byCode.ContainsKey(code))
            {
                var seenAt = walk.IndexOf(code);
                if (seenAt >= 0)
                {
                    errors.Add(CycleError(walk.Skip(seenAt).ToList(), byCode, file, columns));
                    break;
                }
                walk.Add(code);
                code = ParentOf(byCode[code]);
            }
            done.UnionWith(walk);
        }
    }

    private static TerritoryError CycleError(IReadOnlyList<string> cycle, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns)
    {
        // Start the message at the earliest line so the same cycle always reads the same way.
        var first = cycle.MinBy(c => byCode[c].Row)!;
        var from = cycle.ToList().IndexOf(first);
        var ordered = cycle.Skip(from).Concat(cycle.Take(from)).Append(first);
        return new TerritoryError(file, byCode[first].Row, columns.Parent,
            $"cycle in parents: {string.Join(" → ", ordered)}");
    }

    private static List<TerritoryNode> WithLevels(IReadOnlyList<TerritoryRow> rows, Dictionary<string, TerritoryRow> byCode)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        int LevelOf(string code)
        {
            if (!levels.TryGetValue(code, out var level))
            {
                var parent = ParentOf(byCode[code]);
                level = parent is null ? 0 : LevelOf(parent) + 1;
                levels[code] = level;
            }
            return level;
        }
        return rows
            .Select(r => new TerritoryNode(r.Code, r.Name, ParentOf(r), r.Population, LevelOf(r.Code)))
            .ToList();
    }

    private static string? ParentOf(TerritoryRow row) =>
        string.IsNullOrWhiteSpace(row.ParentCode) ? null : row.ParentCode;
}
