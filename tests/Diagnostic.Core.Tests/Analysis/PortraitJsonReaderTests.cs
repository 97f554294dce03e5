using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Analysis;

public class PortraitJsonReaderTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Analysis", "EndToEnd");

    /// <summary>The end-to-end sample's portrait, as PortraitBuilder makes it: every level, neighbourhood comparisons, suppressed cells.</summary>
    private static Portrait SamplePortrait()
    {
        var questionnaire = QuestionnaireReader.ReadFile(Path.Combine(Data, "questionnaire.yaml")).Questionnaire!;
        var builder = new PortraitBuilder(questionnaire, new AnalysisOptions { MinCell = 5 });
        var errors = new List<ResponseCsvError>();
        using var stream = File.OpenRead(Path.Combine(Data, "responses.csv"));
        foreach (var response in new ResponseCsvReader(questionnaire).Read(stream, errors))
            builder.Add(response);
        Assert.Empty(errors);
        return builder.Build();
    }

    [Fact]
    public void An_archived_portrait_reads_back_row_for_row_including_the_dimension_sd()
    {
        var portrait = SamplePortrait();

        var read = PortraitJsonReader.Read(PortraitJsonWriter.ToJson(portrait), portrait.QuestionnaireId, portrait.QuestionnaireVersion, portrait.MinCell);

        Assert.Equal((portrait.QuestionnaireId, portrait.QuestionnaireVersion, portrait.MinCell), (read.QuestionnaireId, read.QuestionnaireVersion, read.MinCell));
        Assert.Equal(portrait.Rows, read.Rows);
        Assert.Contains(read.Rows, r => r.Level == FigureLevel.Dimension && r.Sd is not null);
        Assert.Contains(read.Rows, r => r.Suppressed);
        Assert.Contains(read.Rows, r => r.Flag is not null);
    }

    [Fact]
    public void A_dimension_keeps_its_sd_in_json_while_the_csv_leaves_it_empty()
    {
        var row = new PortraitRow(Audience.Partner, "N1", FigureLevel.Dimension, "app", N: 7, Sd: 20.5, CiLow: 40, CiHigh: 60, Score: 50,
            Alpha: 0.75, Diff: -12.5, P: 0.001, Q: 0.004, Flag: PortraitRow.DefiFlag);
        var portrait = new Portrait("q", 2, 5, [row]);

        var read = PortraitJsonReader.Read(PortraitJsonWriter.ToJson(portrait), "q", 2, 5);

        Assert.Equal(row, Assert.Single(read.Rows));
        Assert.Equal("partner,N1,dimension,app,7,,,,,40,60,50,0.75,-12.5,0.001,0.004,defi,false", PortraitCsvWriter.ToCsv(portrait).Split('\n')[1]);
    }
}
