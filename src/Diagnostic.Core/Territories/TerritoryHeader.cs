using System.Globalization;
using Diagnostic.Core.DataFiles;

namespace Diagnostic.Core.Territories;

/// <summary>Where each column of a territory file is, found from its header line.</summary>
internal sealed class TerritoryHeader
{
    public const string Expected = "code,name,parent,population";
    private static readonly string[] Known = ["code", "name", "parent", "population"];

    private TerritoryHeader(TerritoryColumns columns, int width)
    {
        Columns = columns;
        Width = width;
    }

    public TerritoryColumns Columns { get; }

    private int Width { get; }

    public static TerritoryHeader? Parse(string[] record, string file, int line, List<DataFileError> errors)
    {
        var names = record.Select(n => n.Trim().ToLowerInvariant()).ToList();
        var before = errors.Count;
        for (var i = 0; i < names.Count; i++)
        {
            if (!Known.Contains(names[i]))
            {
                errors.Add(new DataFileError(file, line, i + 1, DataFileProblem.UnknownColumn, record[i], Expected));
            }
            else if (names.IndexOf(names[i]) != i)
            {
                errors.Add(new DataFileError(file, line, i + 1, DataFileProblem.ColumnTwice, names[i]));
            }
        }
        foreach (var required in Known.Take(3).Where(k => !names.Contains(k)))
        {
            errors.Add(new DataFileError(file, line, names.Count + 1, DataFileProblem.MissingColumn, required, Expected));
        }
        if (errors.Count > before)
        {
            return null;
        }
        int? population = names.Contains("population") ? names.IndexOf("population") + 1 : null;
        var columns = new TerritoryColumns(names.IndexOf("code") + 1, names.IndexOf("name") + 1, names.IndexOf("parent") + 1, population);
        return new TerritoryHeader(columns, names.Count);
    }

    public TerritoryRow? ToRow(string[] record, string file, int line, List<DataFileError> errors)
    {
        if (record.Length != Width)
        {
            errors.Add(new DataFileError(file, line, Math.Min(record.Length, Width) + 1,
                DataFileProblem.FieldCountLikeHeader, Width, record.Length));
            return null;
        }
        string Field(int column) => record[column - 1].Trim();
        var parent = Field(Columns.Parent);
        int? population = null;
        if (Columns.Population is { } populationColumn && Field(populationColumn) is { Length: > 0 } raw)
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                // Keep the row so that the checks between rows still run and report everything at once.
                errors.Add(new DataFileError(file, line, populationColumn,
                    DataFileProblem.PopulationNotAWholeNumber, raw));
            }
            else
            {
                population = value;
            }
        }
        var code = Field(Columns.Code);
        var name = Field(Columns.Name);
        CheckStorable(code, name, file, line, errors);
        return new TerritoryRow(line, code, name, parent.Length == 0 ? null : parent, population);
    }

    /// <summary>
    /// What the form and the database refuse, checked here rather than in the tree builder, which also rebuilds trees
    /// from the database (whose older codes may predate the rule). The row is kept so the checks between rows still run.
    /// </summary>
    private void CheckStorable(string code, string name, string file, int line, List<DataFileError> errors)
    {
        if (code.Length > TerritoryCodes.MaxCodeLength)
        {
            errors.Add(new DataFileError(file, line, Columns.Code, DataFileProblem.CodeTooLong, TerritoryCodes.MaxCodeLength, code.Length));
        }
        else if (code.Length > 0 && !TerritoryCodes.IsValid(code))
        {
            errors.Add(new DataFileError(file, line, Columns.Code, DataFileProblem.CodeInvalid, code));
        }
        if (name.Length > TerritoryCodes.MaxNameLength)
        {
            errors.Add(new DataFileError(file, line, Columns.Name, DataFileProblem.NameTooLong, TerritoryCodes.MaxNameLength, name.Length));
        }
    }
}
