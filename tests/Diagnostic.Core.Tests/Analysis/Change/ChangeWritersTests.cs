using System.Globalization;
using System.Text;
using System.Text.Json;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Analysis.Change;

public class ChangeWritersTests
{
    private static readonly ChangeRow[] Rows =
    [
        new(Audience.Citizen, "ALL", FigureLevel.Dimension, "vie", 120, 130, 58.3, 63.9, 5.600000000000001,
            0.6710804898570482, 10.528919510142956, 0.02612894514109864),
        new(Audience.Partner, "H2X", FigureLevel.Dimension, "securite", 40, 45, 70, 62, -8, -13.6, -2.39, 0.0057, 0.017, "down"),
        new(Audience.Citizen, "H2X", FigureLevel.Choice, "transport:auto", Suppressed: true),
        new(Audience.Citizen, "H2Y", FigureLevel.Question, "nb_annees", 1, 9, 4, 6, 2),
    ];

    [Fact]
    public void Csv_has_the_contract_header_and_round_trip_invariant_numbers()
    {
        var csv = ChangeCsvWriter.ToCsv(Rows);

        Assert.Equal(
            "audience,neighbourhood,level,id,n_before,n_after,before,after,diff,ci_low,ci_high,p,q,flag,suppressed\n" +
            "citizen,ALL,dimension,vie,120,130,58.3,63.9,5.600000000000001,0.6710804898570482,10.528919510142956,0.02612894514109864,,,false\n" +
            "partner,H2X,dimension,securite,40,45,70,62,-8,-13.6,-2.39,0.0057,0.017,down,false\n" +
            "citizen,H2X,choice,transport:auto,,,,,,,,,,,true\n" +
            "citizen,H2Y,question,nb_annees,1,9,4,6,2,,,,,,false\n",
            csv);
    }

    [Fact]
    public void Csv_numbers_ignore_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-CA");
        try
        {
            Assert.Contains(",58.3,63.9,", ChangeCsvWriter.ToCsv(Rows));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Csv_never_writes_nan_or_infinity()
    {
        var row = new ChangeRow(Audience.Citizen, "ALL", FigureLevel.Question, "x", 3, 3, double.NaN, double.PositiveInfinity, double.NegativeInfinity);

        Assert.EndsWith("citizen,ALL,question,x,3,3,,,,,,,,,false\n", ChangeCsvWriter.ToCsv([row]));
    }

    [Fact]
    public void Json_has_one_object_per_row_keyed_like_the_csv_with_nulls_for_empty_figures()
    {
        using var stream = new MemoryStream();
        ChangeJsonWriter.Write(Rows, stream);

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(ChangeCsvWriter.Header.Split(','), rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(5.600000000000001, rows[0].GetProperty("diff").GetDouble());
        Assert.Equal("down", rows[1].GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("n_before").ValueKind);
        Assert.True(rows[2].GetProperty("suppressed").GetBoolean());
        Assert.Equal("question", rows[3].GetProperty("level").GetString());
    }
}
