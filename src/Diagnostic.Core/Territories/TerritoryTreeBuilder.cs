using Diagnostic.Core.DataFiles;

namespace Diagnostic.Core.Territories;

/// <summary>Checks territory rows against each other and computes levels; all-or-nothing.</summary>
internal static class TerritoryTreeBuilder
{
    /// <summary>The portrait uses this code for the whole territory, so no territory may take it.</summary>
    public const string ReservedCode = "ALL";

    public static TerritoryReadResult Build(IReadOnlyList<TerritoryRow> rows, string file, TerritoryColumns columns)
    {
        var errors = new List<DataFileError>();
        if (rows.Count == 0)
        {
            errors.Add(new DataFileError(file, 1, 1, DataFileProblem.NoTerritory));
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
        IReadOnlyList<TerritoryRow> rows, string file, TerritoryColumns columns, List<DataFileError> errors)
    {
        var byCode = new Dictionary<string, TerritoryRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors.Add(new DataFileError(file, row.Row, columns.Name, DataFileProblem.EmptyName, row.Code));
            }
            if (row.Population is < 0)
            {
                errors.Add(new DataFileError(file, row.Row, columns.Population ?? columns.Code,
                    DataFileProblem.PopulationNotAWholeNumber, row.Population.Value));
            }
            if (string.IsNullOrWhiteSpace(row.Code))
            {
                errors.Add(new DataFileError(file, row.Row, columns.Code, DataFileProblem.EmptyCode));
            }
            else if (row.Code == ReservedCode)
            {
                errors.Add(new DataFileError(file, row.Row, columns.Code, DataFileProblem.ReservedCode, ReservedCode));
            }
            else if (byCode.TryGetValue(row.Code, out var first))
            {
                errors.Add(new DataFileError(file, row.Row, columns.Code, DataFileProblem.DuplicateCode, row.Code, first.Row));
            }
            else
            {
                byCode.Add(row.Code, row);
            }
        }
        return byCode;
    }

    private static void CheckParents(IReadOnlyList<TerritoryRow> rows, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns, List<DataFileError> errors)
    {
        foreach (var row in rows)
        {
            var parent = ParentOf(row);
            if (parent is not null && !byCode.ContainsKey(parent))
            {
                errors.Add(new DataFileError(file, row.Row, columns.Parent, DataFileProblem.UnknownParent, parent));
            }
        }
    }

    private static void CheckCycles(IReadOnlyList<TerritoryRow> rows, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns, List<DataFileError> errors)
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

    private static DataFileError CycleError(IReadOnlyList<string> cycle, Dictionary<string, TerritoryRow> byCode,
        string file, TerritoryColumns columns)
    {
        // Start the message at the earliest line so the same cycle always reads the same way.
        var first = cycle.MinBy(c => byCode[c].Row)!;
        var from = cycle.ToList().IndexOf(first);
        var ordered = cycle.Skip(from).Concat(cycle.Take(from)).Append(first);
        return new DataFileError(file, byCode[first].Row, columns.Parent, DataFileProblem.ParentCycle, string.Join(" → ", ordered));
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
