using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Responses;

/// <summary>Formula neutralisation of `text` answers in the response file (src/Diagnostic.Core/Questionnaires/README.md, "Responses as CSV").</summary>
public class ResponseCsvFormulaTests
{
    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("avis", s => s.Single("choix", "-1", "+1").Text("idee").Number("solde", min: -100, max: 100))
        .Build();

    public static readonly string[] Answers =
        ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\t=1+1", "\r\n=1+1", "'quoted", "''two", "Le parc"];

    private static ResponseRecord[] Responses() => Answers
        .Select((answer, i) => new ResponseRecord($"r{i}", "N1", Audience.Citizen, "fr", null, ["-1", answer, "-2"]))
        .ToArray();

    private static async Task<byte[]> WriteAsync(IEnumerable<ResponseRecord> responses, ResponseCsvSeparator separator)
    {
        using var stream = new MemoryStream();
        await new ResponseCsvWriter(Questionnaire, separator).WriteAsync(responses, stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Text_answers_get_one_leading_quote_and_codes_and_numbers_are_written_as_stored()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(Responses(), ResponseCsvSeparator.Comma));

        Assert.Equal(
            "response_id,neighbourhood,audience,language,submitted_at,choix,idee,solde\r\n" +
            "r0,N1,citizen,fr,,-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-2\r\n" +
            "r1,N1,citizen,fr,,-1,'+1,-2\r\n" +
            "r2,N1,citizen,fr,,-1,'-2,-2\r\n" +
            "r3,N1,citizen,fr,,-1,'@SUM(A1),-2\r\n" +
            "r4,N1,citizen,fr,,-1,'\t=1+1,-2\r\n" +
            "r5,N1,citizen,fr,,-1,\"'\r\n=1+1\",-2\r\n" +
            "r6,N1,citizen,fr,,-1,''quoted,-2\r\n" +
            "r7,N1,citizen,fr,,-1,'''two,-2\r\n" +
            "r8,N1,citizen,fr,,-1,Le parc,-2\r\n",
            text);
    }

    [Theory]
    [InlineData(ResponseCsvSeparator.Comma)]
    [InlineData(ResponseCsvSeparator.SemicolonForExcel)]
    public async Task Reading_removes_exactly_the_added_quote_so_export_import_export_is_byte_identical(ResponseCsvSeparator separator)
    {
        var first = await WriteAsync(Responses(), separator);

        var errors = new List<ResponseCsvError>();
        var read = new ResponseCsvReader(Questionnaire).Read(new MemoryStream(first), errors).ToList();
        var second = await WriteAsync(read, separator);

        Assert.Empty(errors);
        Assert.Equal(Answers, read.Select(r => r.Values[1]));
        Assert.All(read, r => Assert.Equal(("-1", "-2"), (r.Values[0], r.Values[2])));
        Assert.Equal(first, second);
    }
}
