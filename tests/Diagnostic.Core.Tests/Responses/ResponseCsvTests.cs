using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Responses;

public class ResponseCsvTests
{
    private const string Header = "response_id,neighbourhood,audience,language,submitted_at,age,fier,dem,lieux,commentaire,annees";

    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "18-34", "35-64", "65+"), profile: true)
        .Dimension("app", s => s.Scale("fier").Scale("dem", reverse: true).Multiple("lieux", "parc", "cafe", "autre")
            .Text("commentaire", maxLength: 200).Number("annees", min: 0, max: 99, integer: true))
        .Build();

    private static (List<ResponseRecord> Records, List<ResponseCsvError> Errors) Read(string text, IReadOnlySet<string>? allowed = null) =>
        Read(Encoding.UTF8.GetBytes(text), allowed);

    private static (List<ResponseRecord> Records, List<ResponseCsvError> Errors) Read(byte[] bytes, IReadOnlySet<string>? allowed = null)
    {
        var errors = new List<ResponseCsvError>();
        var records = new ResponseCsvReader(Questionnaire, allowed).Read(new MemoryStream(bytes), errors).ToList();
        return (records, errors);
    }

    [Fact]
    public void Reads_a_valid_file_with_quoted_multi_line_text_and_empty_answers()
    {
        var (records, errors) = Read(
            Header + "\n" +
            "r1,N1,citizen,fr,2026-05-01T14:30:00-04:00,18-34,4,NSP,parc|cafe,\"Beau quartier,\nmais \"\"bruyant\"\"\",12\n" +
            "r2,N2,partner,en,,,,,,,\n");

        Assert.Empty(errors);
        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal(("r1", "N1", Audience.Citizen, "fr"), (first.ResponseId, first.Neighbourhood, first.Audience, first.Language));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 14, 30, 0, TimeSpan.FromHours(-4)), first.SubmittedAt);
        Assert.Equal(["18-34", "4", "NSP", "parc|cafe", "Beau quartier,\nmais \"bruyant\"", "12"], first.Values);
        Assert.Equal(Audience.Partner, records[1].Audience);
        Assert.Null(records[1].SubmittedAt);
        Assert.All(records[1].Values, Assert.Null);
    }

    [Fact]
    public void Semicolon_file_with_BOM_is_detected_and_read()
    {
        var text = Header.Replace(',', ';') + "\r\nr1;N1;citizen;fr;2026-05-01;65+;1;2;autre;\"a;b\";3\r\n";
        var (records, errors) = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        Assert.Empty(errors);
        Assert.Equal("a;b", Assert.Single(records).Values[4]);
    }

    [Fact]
    public async Task Writer_and_reader_round_trip_in_both_dialects()
    {
        ResponseRecord[] responses =
        [
            new("r1", "N1", Audience.Citizen, "fr", new DateTimeOffset(2026, 5, 1, 14, 30, 15, TimeSpan.FromHours(-4)),
                ["35-64", "3", "NSP", "parc|autre", "Il y a \"du\" bruit;\r\nbeaucoup, oui", "7"]),
            new("r2", "N2", Audience.Partner, "en", null, [null, null, "1", null, null, "0"]),
        ];
        foreach (var separator in Enum.GetValues<ResponseCsvSeparator>())
        {
            using var stream = new MemoryStream();
            await new ResponseCsvWriter(Questionnaire, separator).WriteAsync(responses, stream);
            var (records, errors) = Read(stream.ToArray());
            Assert.Empty(errors);
            Assert.Equal(responses.Length, records.Count);
            for (var i = 0; i < responses.Length; i++)
            {
                Assert.Equal(responses[i] with { Values = [] }, records[i] with { Values = [] });
                Assert.Equal(responses[i].Values, records[i].Values);
            }
        }
    }

    [Fact]
    public async Task Semicolon_dialect_starts_with_a_BOM()
    {
        using var stream = new MemoryStream();
        await new ResponseCsvWriter(Questionnaire, ResponseCsvSeparator.SemicolonForExcel).WriteAsync(Array.Empty<ResponseRecord>(), stream);
        Assert.StartsWith("\uFEFFresponse_id;neighbourhood;", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Header_problems_are_all_reported_and_no_record_is_read()
    {
        var (records, errors) = Read(
            "response_id,neighbourhood,audience,language,submitted_at,age,fier,fier,lieux,couleur,annees\nr1,N1,citizen,fr,,,,,,,\n");
        Assert.Empty(records);
        Assert.Contains(new ResponseCsvError(1, "fier", "duplicate column"), errors);
        Assert.Contains(errors, e => e is { Row: 1, Column: "couleur" } && e.Message.StartsWith("unknown column"));
        Assert.Contains(new ResponseCsvError(1, "dem", "missing question column"), errors);
        Assert.Contains(new ResponseCsvError(1, "commentaire", "missing question column"), errors);
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void Missing_fixed_column_is_reported()
    {
        var (_, errors) = Read(Header.Replace("response_id,", "") + "\n");
        Assert.Equal([new ResponseCsvError(1, "response_id", "missing column")], errors);
    }

    [Fact]
    public void Bad_values_are_reported_with_row_column_and_value()
    {
        var (records, errors) = Read(
            Header + "\n" +
            "r1,N1,citizen,fr,,18-34,7,,,,\n" +
            "r2,N1,citizen,fr,,,,,,,\n" +
            "r3,N1,citizen,fr,,99+,,,cafe|parc,,3.5\n");

        Assert.Equal(["r2"], records.Select(r => r.ResponseId));
        Assert.Equal(4, errors.Count);
        Assert.Equal(new ResponseCsvError(2, "fier", "value '7' refused: '7' is not a point of the scale"), errors[0]);
        Assert.Equal(new ResponseCsvError(4, "age", "value '99+' refused: '99+' is not one of the choices"), errors[1]);
        Assert.Equal((4, "lieux"), (errors[2].Row, errors[2].Column));
        Assert.Equal((4, "annees"), (errors[3].Row, errors[3].Column));
        Assert.Equal("row 2, column fier: value '7' refused: '7' is not a point of the scale", errors[0].ToString());
    }

    [Fact]
    public void Unknown_audience_bad_date_empty_id_and_foreign_neighbourhood_are_reported()
    {
        var (records, errors) = Read(
            Header + "\n" +
            "r1,N1,citoyen,fr,,,,,,,\n" +
            "r2,N1,citizen,fr,01/05/2026,,,,,,\n" +
            ",N1,citizen,fr,,,,,,,\n" +
            "r4,ZZ,citizen,fr,,,,,,,\n",
            new HashSet<string> { "N1" });

        Assert.Empty(records);
        Assert.Equal(new ResponseCsvError(2, "audience", "unknown audience 'citoyen' (citizen or partner)"), errors[0]);
        Assert.Equal((3, "submitted_at"), (errors[1].Row, errors[1].Column));
        Assert.Contains("'01/05/2026'", errors[1].Message);
        Assert.Equal(new ResponseCsvError(4, "response_id", "empty response_id"), errors[2]);
        Assert.Equal(new ResponseCsvError(5, "neighbourhood", "neighbourhood 'ZZ' is not a territory of this diagnosis"), errors[3]);
    }

    [Fact]
    public void Duplicate_response_id_names_both_rows()
    {
        var (records, errors) = Read(Header + "\nr1,N1,citizen,fr,,,,,,,\nr1,N2,citizen,fr,,,,,,,\n");
        Assert.Single(records);
        Assert.Equal([new ResponseCsvError(3, "response_id", "duplicate response_id 'r1' (first on row 2)")], errors);
    }

    [Fact]
    public void A_long_file_reports_every_duplicate_and_every_refused_value_after_the_reader_sizes_itself()
    {
        // Past 4,096 records the reader sizes its id check from the file's length and remembers checked values:
        // neither may hide a later duplicate or a repeated refused value.
        var text = new StringBuilder(Header + "\n");
        for (var row = 2; row <= 10_001; row++)
        {
            var id = row switch { 9_000 => "r2", 9_500 => "r8001", _ => $"r{row}" };
            var fier = row % 1_000 == 0 ? "9" : (row % 4 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append($"{id},N1,citizen,fr,,65+,{fier},2,,,\n");
        }
        var (records, errors) = Read(text.ToString());

        Assert.Equal(10_000 - 11, records.Count); // ten refused values (one on row 9,000, also a duplicate) and row 9,500
        Assert.Contains(new ResponseCsvError(9_000, "response_id", "duplicate response_id 'r2' (first on row 2)"), errors);
        Assert.Contains(new ResponseCsvError(9_500, "response_id", "duplicate response_id 'r8001' (first on row 8001)"), errors);
        var refused = errors.Where(e => e.Column == "fier").Select(e => e.Row).ToArray();
        Assert.Equal(Enumerable.Range(1, 10).Select(k => k * 1_000), refused);
        Assert.Equal(12, errors.Count);
    }

    [Fact]
    public void Row_numbers_count_the_lines_inside_quoted_text()
    {
        var (_, errors) = Read(Header + "\nr1,N1,citizen,fr,,,,,,\"a\nb\nc\",\nr2,N1,citizen,fr,,,5,,,,\n");
        Assert.Equal(5, Assert.Single(errors).Row);
    }

    [Fact]
    public void Record_with_the_wrong_number_of_fields_is_reported()
    {
        var (_, errors) = Read(Header + "\nr1,N1,citizen,fr,,,,\n");
        Assert.Equal([new ResponseCsvError(2, null, "expected 11 fields, found 8")], errors);
    }

    [Fact]
    public void File_that_is_not_UTF8_is_refused_with_the_line_of_the_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\nr1,N1,citizen,fr,,,,,,,\nr2,N1,citizen,fr,,,,,,Très beau,\n");
        var (_, errors) = Read(latin1);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Broken_quoting_is_reported()
    {
        var (records, errors) = Read(Header + "\nr1,N1,citizen,fr,,,,,,ab\"c,\nr2,N1,citizen,fr,,,,,,\"open,\n");
        Assert.Empty(records);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("broken quoting", e.Message));
        Assert.Equal(2, errors[0].Row);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var (_, errors) = Read("");
        Assert.Equal([new ResponseCsvError(1, null, "the file is empty: the header line is missing")], errors);
    }

    [Fact]
    public void ReadAll_returns_no_record_when_any_row_is_wrong()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nr1,N1,citizen,fr,,,,,,,\nr2,N1,citizen,fr,,,9,,,,\n");
        var result = new ResponseCsvReader(Questionnaire).ReadAll(new MemoryStream(bytes));
        Assert.False(result.IsValid);
        Assert.Empty(result.Responses);
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task ReadAsync_reads_the_same_records_and_errors()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nr1,N1,citizen,fr,,18-34,4,,,,\nr2,N1,citizen,fr,,,9,,,,\n");
        var errors = new List<ResponseCsvError>();
        var records = new List<ResponseRecord>();
        await foreach (var record in new ResponseCsvReader(Questionnaire).ReadAsync(new MemoryStream(bytes), errors))
        {
            records.Add(record);
        }
        Assert.Equal(["r1"], records.Select(r => r.ResponseId));
        Assert.Equal((3, "fier"), (Assert.Single(errors).Row, errors[0].Column));
    }

    [Fact]
    public void ALL_cannot_be_a_neighbourhood_code()
    {
        var (records, errors) = Read(Header + "\nr1,ALL,citizen,fr,,,,,,,\n");
        Assert.Empty(records);
        Assert.Equal((2, "neighbourhood"), (Assert.Single(errors).Row, errors[0].Column));
    }
}
