using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Questionnaires;

public sealed class QuestionnaireCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("catalog-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private static string Partner(string id) => SampleQuestionnaire.Yaml
        .Replace("id: citoyens ", $"id: {id} ")
        .Replace("audience: citizen", "audience: partner");

    [Fact]
    public void Folder_loads_every_yaml_and_yml_file_by_id()
    {
        var citoyens = Write("citoyens.yaml", SampleQuestionnaire.Yaml);
        var partenaires = Write("partenaires.YML", Partner("partenaires"));
        Write("notes.txt", "not a questionnaire");

        var catalog = QuestionnaireCatalog.LoadFolder(_folder);

        Assert.True(catalog.IsValid, string.Join("\n", catalog.Errors));
        Assert.Equal(["citoyens", "partenaires"], catalog.Questionnaires.Keys.Order());
        Assert.Equal(Audience.Partner, catalog.Find("partenaires")!.Audience);
        Assert.Equal(citoyens, catalog.Files["citoyens"]);
        Assert.Equal(partenaires, catalog.Files["partenaires"]);
        Assert.Null(catalog.Find("autre"));
    }

    [Fact]
    public void Second_file_with_the_same_id_is_an_error_at_its_id()
    {
        var first = Write("a.yaml", SampleQuestionnaire.Yaml);
        var second = Write("b.yaml", SampleQuestionnaire.Yaml);

        var catalog = QuestionnaireCatalog.LoadFolder(_folder);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal((second, 1, 5), (error.File, error.Line, error.Column));
        Assert.Equal($"questionnaire id 'citoyens' is already used by {first}", error.Message);
        Assert.Equal(first, catalog.Files["citoyens"]);
    }

    [Fact]
    public void Invalid_file_is_left_out_with_its_errors_and_the_others_load()
    {
        Write("citoyens.yaml", SampleQuestionnaire.Yaml);
        var broken = Write("partenaires.yaml", Partner("partenaires").Replace("version: 2", "version: deux"));

        var catalog = QuestionnaireCatalog.LoadFolder(_folder);

        Assert.Equal(["citoyens"], catalog.Questionnaires.Keys);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal((broken, 2, 10), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Missing_folder_is_an_error()
    {
        var catalog = QuestionnaireCatalog.LoadFolder(Path.Combine(_folder, "absent"));
        Assert.Empty(catalog.Questionnaires);
        Assert.Equal("no such folder", Assert.Single(catalog.Errors).Message);
    }

    [Fact]
    public void Missing_file_is_an_error()
    {
        var catalog = QuestionnaireCatalog.Load([Path.Combine(_folder, "absent.yaml")]);
        Assert.Equal("no such file", Assert.Single(catalog.Errors).Message);
    }
}
