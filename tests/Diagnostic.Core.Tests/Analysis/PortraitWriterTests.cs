using System.Text;
using System.Text.Json;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Analysis;

public class PortraitWriterTests
{
    private static readonly Portrait Sample = new("q", 1, 5,
    [
        new PortraitRow(Audience.Citizen, "ALL", FigureLevel.Question, "fier", N: 12, Mean: 2.5, Sd: 1.25, CiLow: 1.0 / 3, CiHigh: 4.5e-7),
        new PortraitRow(Audience.Citizen, "ALL", FigureLevel.Choice, "age:65+", N: 12, Count: 3, Pct: 0.25, CiLow: 0.1, CiHigh: 0.5),
        new PortraitRow(Audience.Citizen, "ALL", FigureLevel.Dimension, "app", N: 12, Sd: 20, CiLow: 40, CiHigh: 60, Score: 50, Alpha: 0.8, Diff: 3),
        new PortraitRow(Audience.Partner, "N,1", FigureLevel.Dimension, "app", N: 7, Sd: 20, CiLow: 40, CiHigh: 60, Score: 50, Diff: -12.5, P: 0.001, Q: 0.004, Flag: "defi"),
        new PortraitRow(Audience.Partner, "N2", FigureLevel.Dimension, "app", Suppressed: true),
    ]);

    [Fact]
    public void Csv_fills_only_the_columns_of_each_level_with_invariant_round_trip_numbers()
    {
        var csv = PortraitCsvWriter.ToCsv(Sample).Split('\n');
        Assert.Equal("audience,neighbourhood,level,id,n,count,mean,sd,pct,ci_low,ci_high,score,alpha,diff,p,q,flag,suppressed", csv[0]);
        Assert.Equal("citizen,ALL,question,fier,12,,2.5,1.25,,0.3333333333333333,4.5E-07,,,,,,,false", csv[1]);
        Assert.Equal("citizen,ALL,choice,age:65+,12,3,,,0.25,0.1,0.5,,,,,,,false", csv[2]);
        // ALL has no comparison; the dimension's sd is kept in the model but not written.
        Assert.Equal("citizen,ALL,dimension,app,12,,,,,40,60,50,0.8,,,,,false", csv[3]);
        Assert.Equal("partner,\"N,1\",dimension,app,7,,,,,40,60,50,,-12.5,0.001,0.004,defi,false", csv[4]);
        Assert.Equal("partner,N2,dimension,app,,,,,,,,,,,,,,true", csv[5]);
        Assert.Equal("", csv[6]);
    }

    [Fact]
    public async Task Json_has_the_same_fields_with_nulls_for_empty_cells()
    {
        using var stream = new MemoryStream();
        await PortraitJsonWriter.WriteAsync(Sample, stream);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Equal(PortraitColumns.Names, rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.3333333333333333, rows[0].GetProperty("ci_low").GetDouble());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("pct").ValueKind);
        Assert.Equal("defi", rows[3].GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, rows[4].GetProperty("n").ValueKind);
        Assert.True(rows[4].GetProperty("suppressed").GetBoolean());
    }
}
