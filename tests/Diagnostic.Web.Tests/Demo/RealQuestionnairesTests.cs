using Diagnostic.Core.Questionnaires;
using Diagnostic.Web.Demo;

namespace Diagnostic.Web.Tests.Demo;

/// <summary>The shipped questionnaires load, and the demo generator answers them (what the demo site and benchmark use).</summary>
public class RealQuestionnairesTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static string QuestionnairesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Diagnostic.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Diagnostic.sln not found"), "questionnaires");
    }

    private static Questionnaire Load(string id)
    {
        var catalog = QuestionnaireCatalog.LoadFolder(QuestionnairesFolder());
        Assert.True(catalog.IsValid, string.Join("\n", catalog.Errors));
        return catalog.Find(id) ?? throw new InvalidOperationException($"No questionnaire {id}");
    }

    [Fact]
    public void Citizen_questionnaire_has_the_eight_dimensions_and_their_reversed_items()
    {
        var citoyens = Load("citoyens");

        Assert.Equal(Audience.Citizen, citoyens.Audience);
        Assert.Equal(8, citoyens.Dimensions.Count());
        Assert.Equal(30, citoyens.Dimensions.Sum(d => d.ScoredItems.Count));
        Assert.Equal(["lien_isolement", "cadre_nuisances", "incl_manque_argent"],
            citoyens.Questions.Where(q => q.Reverse).Select(q => q.Id));
        Assert.Equal("14-17", citoyens.FindQuestion("age")!.ChoiceList[0].Code);
        Assert.All(citoyens.Questions, q => Assert.NotEqual(q.Text.Fr, q.Text.In("en")));
        Assert.Equal(Enum.GetValues<QuestionType>(), citoyens.Questions.Select(q => q.Type).Distinct().Order());
    }

    [Fact]
    public void Partner_questionnaire_scores_p1_to_p4_and_reads_issues_apart()
    {
        var partenaires = Load("partenaires");

        Assert.Equal(Audience.Partner, partenaires.Audience);
        Assert.Equal(["concertation", "voix_citoyenne", "capacite_leadership", "services_proximite"],
            partenaires.Dimensions.Select(d => d.Id));
        var importance = partenaires.Sections.Single(s => s.Id == "enjeux_importance").Questions.Select(q => q.Id[4..]);
        var capacity = partenaires.Sections.Single(s => s.Id == "enjeux_capacite").Questions.Select(q => q.Id[4..]);
        Assert.Equal(importance, capacity);
    }

    [Theory]
    [InlineData("citoyens")]
    [InlineData("partenaires")]
    public void Every_profile_question_that_can_be_declined_offers_to_decline(string id)
    {
        // Questions about oneself (or one's organisation) are never forced: « Je préfère ne pas répondre » answers them.
        // A text question cannot carry `decline` in the format; it is never required here.
        var profile = Load(id).Sections.Where(s => s.IsProfile).SelectMany(s => s.Questions).ToList();

        Assert.NotEmpty(profile);
        Assert.All(profile.Where(q => q.Type is QuestionType.Single or QuestionType.Multiple or QuestionType.Number),
            q => Assert.True(q.HasDecline, $"{id}: {q.Id} has no decline"));
        Assert.All(profile.Where(q => q.Type == QuestionType.Text), q => Assert.False(q.Required, $"{id}: {q.Id} is required"));
    }

    [Theory]
    [InlineData("citoyens")]
    [InlineData("partenaires")]
    public void Demo_generator_answers_the_real_questionnaire(string id)
    {
        var questionnaire = Load(id);
        var neighbourhoods = DemoNeighbourhood.Varied(["Q1", "Q2", "Q3"],
            questionnaire.Dimensions.Select(d => d.Id).ToList(), seed: 5);
        var generator = new DemoResponseGenerator(questionnaire, neighbourhoods, new DemoOptions(5, Start, Start.AddDays(30)));

        var responses = generator.Generate(500).ToList();

        Assert.All(responses, r => Assert.Equal(questionnaire.Questions.Count, r.Values.Count));
        Assert.All(responses, r => Assert.Equal(questionnaire.Audience, r.Audience));
        Assert.All(questionnaire.Questions.Where(q => q.Required), q =>
            Assert.All(responses, r => Assert.NotNull(r.Values[questionnaire.Questions.ToList().IndexOf(q)])));
    }
}
