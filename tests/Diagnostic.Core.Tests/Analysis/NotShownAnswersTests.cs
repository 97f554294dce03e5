using Diagnostic.Cli.Commands;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Analysis;

/// <summary>
/// analysis.md: « not shown » answers are left out of every statistic. A response file from another tool may still
/// hold an answer to a question whose condition was false; the portrait must not count it.
/// </summary>
public sealed class NotShownAnswersTests : IDisposable
{
    private const string Yaml = """
        id: conditions
        version: 1
        audience: citizen
        title: {fr: "Conditions"}
        scales:
          accord4:
            points:
              - {code: 1, fr: "Pas du tout"}
              - {code: 2, fr: "Peu"}
              - {code: 3, fr: "Assez"}
              - {code: 4, fr: "Tout à fait"}
        sections:
          - id: transport
            title: {fr: "Transport"}
            dimension: true
            questions:
              - id: bus
                type: single
                text: {fr: "Prenez-vous l'autobus?"}
                choices:
                  - {code: oui, fr: "Oui"}
                  - {code: non, fr: "Non"}
              - id: ponctuel
                type: scale
                scale: accord4
                relevant: "bus == 'oui'"
                text: {fr: "L'autobus passe à l'heure."}
              - id: frequent
                type: scale
                scale: accord4
                relevant: "ponctuel == 4"
                text: {fr: "L'autobus passe souvent."}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("not-shown").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Answers_behind_a_false_condition_are_blanked_and_so_are_those_that_depend_on_them()
    {
        var questionnaire = QuestionnaireReader.Read(Yaml, "conditions.yaml").Questionnaire!;
        var shown = new ShownAnswers(questionnaire);

        var hidden = shown.LeaveOutNotShown(new ResponseRecord("r", "A", Audience.Citizen, "fr", null, ["non", "4", "3"]));
        var kept = new ResponseRecord("s", "A", Audience.Citizen, "fr", null, ["oui", "4", "3"]);

        // « ponctuel » is not shown when bus is « non »; « frequent » reads « ponctuel », which was not shown.
        Assert.Equal(["non", null, null], hidden.Values);
        Assert.Same(kept, shown.LeaveOutNotShown(kept));
    }

    [Fact]
    public async Task The_portrait_counts_only_the_answers_of_questions_shown()
    {
        var questionnaire = Path.Combine(_folder, "conditions.yaml");
        await File.WriteAllTextAsync(questionnaire, Yaml);
        var rows = Enumerable.Range(1, 6).Select(i => $"y{i},A,citizen,fr,2026-05-01T12:00:00Z,oui,4,")
            .Concat(Enumerable.Range(1, 5).Select(i => $"n{i},A,citizen,fr,2026-05-01T12:00:00Z,non,1,"));
        var responses = Path.Combine(_folder, "responses.csv");
        await File.WriteAllLinesAsync(responses, ["response_id,neighbourhood,audience,language,submitted_at,bus,ponctuel,frequent", .. rows]);
        var output = Path.Combine(_folder, "portrait.csv");

        var exit = await new PortraitCommand(new StringWriter(), new StringWriter()).Build()
            .Parse(["--questionnaire", questionnaire, "--responses", responses, "--out", output]).InvokeAsync();

        Assert.Equal(0, exit);
        // Six « oui » rows answered 4; the five « non » rows' 1s were never asked: n = 6, mean = 4 (by hand).
        var row = File.ReadAllLines(output).Single(l => l.StartsWith("citizen,ALL,question,ponctuel,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("6", row[4]);
        Assert.Equal("4", row[6]);
    }
}
