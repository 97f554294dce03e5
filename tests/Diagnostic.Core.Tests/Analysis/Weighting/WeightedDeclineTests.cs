using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

/// <summary>REFUS (declined) counts as not answered in the weighted portrait too, weighting question included.</summary>
public sealed class WeightedDeclineTests
{
    private static readonly LocalizedText Prefer = LocalizedText.Of("Je préfère ne pas répondre");

    private static readonly Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Section("profil", s => s
            .Custom(new Question("age", QuestionType.Single, LocalizedText.Of("age"),
                Choices: [new("y", LocalizedText.Of("y")), new("m", LocalizedText.Of("m")), new("o", LocalizedText.Of("o"))], Decline: Prefer))
            .Custom(new Question("enfants", QuestionType.Number, LocalizedText.Of("enfants"), Min: 0, Decline: Prefer)), profile: true)
        .Dimension("app", s => s.Scale("q1").Scale("q2", reverse: true)
            .Custom(new Question("lieux", QuestionType.Multiple, LocalizedText.Of("lieux"),
                Choices: [new("parc", LocalizedText.Of("parc")), new("cafe", LocalizedText.Of("cafe"))], Decline: Prefer)))
        .Build();

    private const string CensusCsv = "neighbourhood,age,population\nN1,y,100\nN1,m,300\nN1,o,200\nN2,y,0\nN2,m,500\nN2,o,0\n";

    /// <summary>Age, number of children, q1, q2, places — one line per respondent; "–" is left for "absent".</summary>
    private static IReadOnlyList<string?[]> Answers(string? absent) =>
    [
        ["y", "2", "4", "1", "parc"], ["y", absent, "3", "2", "parc|cafe"], ["m", "0", "2", null, "cafe"], ["m", "1", "3", "3", absent],
        ["m", "3", "4", "NSP", "parc"], ["m", absent, "1", "4", "cafe"], ["m", "2", "2", "2", "parc"], ["o", "0", "1", "4", absent],
        ["o", "1", "2", "3", "cafe"], ["o", "0", "1", null, "parc|cafe"], ["o", "2", "3", "4", "parc"], [absent, "1", "4", "1", "parc"],
        ["m", "1", "3", "2", "parc"], ["m", "0", "4", "1", "parc"], ["m", "2", "2", "2", "cafe"], ["m", absent, "3", "3", "parc|cafe"],
        ["m", "1", "4", "2", absent], ["m", "4", "3", "1", "parc"],
    ];

    private static string Weighted(string? absent)
    {
        var answers = Answers(absent);
        var responses = answers.Select((a, i) => TestResponses.Of(i < 12 ? "N1" : "N2", a)).ToList();
        var unweighted = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 3 });
        var census = CensusReader.ReadText(CensusCsv, "census.csv", Questionnaire).Census!;
        var weighted = new WeightedPortraitBuilder(Questionnaire, census);
        foreach (var response in responses)
        {
            unweighted.Add(response);
            weighted.Add(response);
        }
        return WeightedPortraitCsvWriter.ToCsv(weighted.Build(unweighted.Build()).Portrait!);
    }

    [Fact]
    public void Declining_gives_the_same_weighted_portrait_as_not_answering()
    {
        var declined = Weighted(Question.DeclineCode);
        var skipped = Weighted(null);

        Assert.Equal(skipped, declined);
        Assert.DoesNotContain("REFUS", declined);
        Assert.Contains("citizen,N1,question,enfants,", declined);
    }
}
