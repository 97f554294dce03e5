using Diagnostic.Core.DataFiles;
using System.Globalization;
using System.Text;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// Reads the census file of the weighted portrait (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait"):
/// <c>neighbourhood,&lt;question id&gt;,population</c>, UTF-8 (BOM accepted), comma or semicolon, RFC 4180 quoting.
/// Every problem is returned with its line and field; a census with any problem is refused whole.
/// Whether every neighbourhood of the responses has its rows is checked later (<see cref="CensusCoverage"/>),
/// once the responses are read.
/// </summary>
public static class CensusReader
{
    private const string NeighbourhoodColumn = "neighbourhood";
    private const string PopulationColumn = "population";
    private const string ExpectedHeader = NeighbourhoodColumn + ",<question id>," + PopulationColumn;

    public static async Task<CensusReadResult> ReadFileAsync(
        string path, Questionnaire questionnaire, IReadOnlySet<string>? knownNeighbourhoods = null, CancellationToken cancellationToken = default) =>
        Read(await File.ReadAllBytesAsync(path, cancellationToken), path, questionnaire, knownNeighbourhoods);

    /// <param name="knownNeighbourhoods">Neighbourhood codes a row may name; null accepts any code.</param>
    public static CensusReadResult Read(byte[] content, string fileName, Questionnaire questionnaire, IReadOnlySet<string>? knownNeighbourhoods = null)
    {
        var delimiter = CensusCsvFile.DetectDelimiter(content);
        if (CensusCsvFile.Utf8Error(content, fileName, delimiter) is { } encoding)
        {
            return Failed([encoding]);
        }
        var errors = new List<DataFileError>();
        var records = CensusCsvFile.ReadRecords(content, fileName, delimiter, errors);
        if (records.Count == 0)
        {
            errors.Add(new DataFileError(fileName, 1, 1, DataFileProblem.EmptyFile, ExpectedHeader));
            return Failed(errors);
        }
        var (headerLine, header) = records[0];
        if (Question(header, fileName, headerLine, questionnaire, errors) is not { } question)
        {
            return Failed(errors);
        }
        var codes = question.ChoiceList.Select(c => c.Code).ToArray();
        var neighbourhoods = new Dictionary<string, CensusNeighbourhood>(StringComparer.Ordinal);
        foreach (var (line, record) in records.Skip(1))
        {
            AddRow(record, line, fileName, codes, knownNeighbourhoods, neighbourhoods, errors);
        }
        if (errors.Count > 0)
        {
            return Failed(errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
        }
        return new CensusReadResult(new Census(fileName, question.Id, codes, neighbourhoods), []);
    }

    public static CensusReadResult ReadText(string csv, string fileName, Questionnaire questionnaire, IReadOnlySet<string>? knownNeighbourhoods = null) =>
        Read(Encoding.UTF8.GetBytes(csv), fileName, questionnaire, knownNeighbourhoods);

    private static CensusReadResult Failed(IReadOnlyList<DataFileError> errors) => new(null, errors);

    private static Question? Question(string[] header, string file, int line, Questionnaire questionnaire, List<DataFileError> errors)
    {
        if (header.Length != 3 || header[0] != NeighbourhoodColumn || header[2] != PopulationColumn)
        {
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.BadHeader, ExpectedHeader, string.Join(",", header)));
            return null;
        }
        var id = header[1];
        var section = questionnaire.Sections.FirstOrDefault(s => s.Questions.Any(q => q.Id == id));
        if (section is null)
        {
            errors.Add(new DataFileError(file, line, 2, DataFileProblem.UnknownQuestion, id));
            return null;
        }
        var question = section.Questions.First(q => q.Id == id);
        if (!section.IsProfile || question.Type != QuestionType.Single)
        {
            errors.Add(new DataFileError(file, line, 2, DataFileProblem.QuestionCannotWeight, id));
            return null;
        }
        return question;
    }

    private static void AddRow(
        string[] record, int line, string file, string[] codes, IReadOnlySet<string>? known,
        Dictionary<string, CensusNeighbourhood> neighbourhoods, List<DataFileError> errors)
    {
        if (record.Length != 3)
        {
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.FieldCount, 3, "neighbourhood, code, population", record.Length));
            return;
        }
        var (neighbourhood, code, population) = (record[0], record[1], record[2]);
        var ok = true;
        if (neighbourhood.Length == 0 || neighbourhood == PortraitRow.AllNeighbourhoods || (known is not null && !known.Contains(neighbourhood)))
        {
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.UnknownNeighbourhood, neighbourhood));
            ok = false;
        }
        var index = Array.IndexOf(codes, code);
        if (index < 0)
        {
            errors.Add(new DataFileError(file, line, 2, DataFileProblem.UnknownAnswerCode, code, string.Join(", ", codes)));
            ok = false;
        }
        var value = Population(population, file, line, errors);
        if (!ok || value is null)
        {
            return;
        }
        if (!neighbourhoods.TryGetValue(neighbourhood, out var rows))
        {
            rows = new CensusNeighbourhood(line, new double?[codes.Length], new int[codes.Length]);
            neighbourhoods.Add(neighbourhood, rows);
        }
        if (rows.Populations[index] is not null)
        {
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.DuplicateCensusRow, neighbourhood, code, rows.Lines[index]));
            return;
        }
        rows.Populations[index] = value;
        rows.Lines[index] = line;
    }

    private static double? Population(string text, string file, int line, List<DataFileError> errors)
    {
        if (text.Trim().Length == 0)
        {
            errors.Add(new DataFileError(file, line, 3, DataFileProblem.MissingPopulation));
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new DataFileError(file, line, 3, DataFileProblem.PopulationNotANumber, text));
            return null;
        }
        if (value < 0)
        {
            errors.Add(new DataFileError(file, line, 3, DataFileProblem.NegativePopulation, text));
            return null;
        }
        return value;
    }
}
