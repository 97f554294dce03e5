extern alias cli;
using System.CommandLine;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CreateCollecteCommand = cli::Diagnostic.Cli.Commands.CreateCollecteCommand;
using ImportTerritoriesCommand = cli::Diagnostic.Cli.Commands.ImportTerritoriesCommand;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>`diagnostic import-territories` and `diagnostic create-collecte` against a real SQLite file.</summary>
public sealed class OrganizerCliTests : IDisposable
{
    private const string Territories = """
        code,name,parent,population
        mauricie,Mauricie,,
        shawi,Ville de Shawinigan,mauricie,
        st-marc,St-Marc,shawi,4200
        grand-mere,Grand-Mère,shawi,8000
        """;

    private readonly CliDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task<(int Exit, string Out, string Err)> RunAsync(cli::Diagnostic.Cli.ICliCommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(command.Build());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private Task<(int Exit, string Out, string Err)> ImportAsync(string file) =>
        RunAsync(new ImportTerritoriesCommand(database.Configuration), "import-territories", file);

    private Task<(int Exit, string Out, string Err)> CreateAsync(params string[] args) =>
        RunAsync(new CreateCollecteCommand(database.Configuration), ["create-collecte", .. args]);

    [Fact]
    public async Task Import_territories_stores_the_tree_and_a_second_import_updates_the_known_codes()
    {
        var (exit, output, error) = await ImportAsync(database.Write("t.csv", Territories));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("4 territory(ies) added, 0 updated", output);
        var again = await ImportAsync(database.Write("t2.csv", "code,name,parent,population\nmauricie,Mauricie-Centre,,\nshawi,Shawinigan,mauricie,\nst-paul,St-Paul,shawi,3000\n"));
        Assert.Equal(0, again.Exit);
        Assert.Contains("1 territory(ies) added, 2 updated", again.Out);
        var stored = await database.WithDbAsync(db => db.Territories.Include(t => t.Parent).ToListAsync());
        Assert.Equal(5, stored.Count);
        Assert.Equal("Mauricie-Centre", stored.Single(t => t.Code == "mauricie").Name);
        Assert.Equal("shawi", stored.Single(t => t.Code == "st-paul").Parent!.Code);
        Assert.Equal(TerritoryLevel.Neighbourhood, stored.Single(t => t.Code == "st-marc").Level);
        Assert.Equal(TerritoryLevel.City, stored.Single(t => t.Code == "shawi").Level);
        Assert.Equal(TerritoryLevel.Region, stored.Single(t => t.Code == "mauricie").Level);
    }

    [Fact]
    public async Task Import_with_an_unknown_parent_and_a_cycle_reports_each_line_and_column_and_stores_nothing()
    {
        var file = database.Write("bad.csv", "code,name,parent,population\na,A,b,\nb,B,a,\nc,C,inconnu,\n");

        var (exit, output, error) = await ImportAsync(file);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"{file}:2:3: cycle in parents: a → b → a", error);
        Assert.Contains($"{file}:4:3: unknown parent 'inconnu'", error);
        Assert.Contains("nothing was imported", error);
        Assert.Equal(0, await database.WithDbAsync(db => db.Territories.CountAsync()));
    }

    [Fact]
    public async Task Import_of_a_missing_file_fails_with_its_name()
    {
        var (exit, _, error) = await ImportAsync(Path.Combine(database.Folder, "absent.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("absent.csv:1:1: no such file", error);
    }

    [Fact]
    public async Task Create_collecte_from_a_file_keeps_the_text_it_was_created_with()
    {
        await ImportAsync(database.Write("t.csv", Territories));
        var questionnaire = database.Write("q.yaml", TestQuestionnaire.Yaml);

        var (exit, output, error) = await CreateAsync("--code", "collecte-2026", "--questionnaire", questionnaire,
            "--territory", "shawi", "--name", "Collecte 2026", "--opens", "2026-03-01", "--closes", "2026-04-30", "--open");
        File.WriteAllText(questionnaire, TestQuestionnaire.Yaml.Replace("version: 1", "version: 2"));

        Assert.True(exit == 0, error);
        Assert.Contains("Created collecte 'collecte-2026' (open) with test-citoyens v1, 2 neighbourhood(s): /s/collecte-2026", output);
        var collecte = await database.WithDbAsync(db => db.Collectes.Include(s => s.Snapshot).Include(s => s.Neighbourhoods).SingleAsync());
        Assert.Equal(TestQuestionnaire.Yaml, collecte.Snapshot!.Yaml);
        Assert.Equal(CollecteStatus.Open, collecte.Status);
        Assert.Equal("Collecte 2026", collecte.Name);
        Assert.Equal(2, collecte.Neighbourhoods.Count);
        // Québec is UTC−5 in winter and UTC−4 in summer; the last day is open until its midnight.
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(-5)), collecte.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(-4)), collecte.ClosesAt);
    }

    [Fact]
    public async Task Create_collecte_by_id_finds_the_questionnaire_in_the_folder_and_starts_as_a_draft()
    {
        await ImportAsync(database.Write("t.csv", Territories));
        File.WriteAllText(Path.Combine(database.Questionnaires, "citoyens.yaml"), TestQuestionnaire.Yaml);

        var (exit, output, _) = await CreateAsync("--code", "par-id", "--questionnaire", TestQuestionnaire.Id, "--territory", "mauricie");

        Assert.Equal(0, exit);
        Assert.Contains("(draft)", output);
        var collecte = await database.WithDbAsync(db => db.Collectes.SingleAsync());
        Assert.Equal(CollecteStatus.Draft, collecte.Status);
        Assert.Equal("Collecte par-id", collecte.Name);
    }

    [Fact]
    public async Task The_old_create_session_name_still_creates_a_collecte()
    {
        await ImportAsync(database.Write("t.csv", Territories));
        File.WriteAllText(Path.Combine(database.Questionnaires, "citoyens.yaml"), TestQuestionnaire.Yaml);

        var (exit, output, _) = await RunAsync(new CreateCollecteCommand(database.Configuration),
            "create-session", "--code", "ancien-nom", "--questionnaire", TestQuestionnaire.Id, "--territory", "mauricie");

        Assert.Equal(0, exit);
        Assert.Contains("/s/ancien-nom", output);
        Assert.Equal("ancien-nom", await database.WithDbAsync(db => db.Collectes.Select(c => c.PublicCode).SingleAsync()));
    }

    [Theory]
    [InlineData("--territory", "inconnu", "TerritoryCode: no territory has the code 'inconnu'")]
    [InlineData("--code", "Pas Bon", "PublicCode: the public code 'Pas Bon' must be 3 to 40 lowercase letters")]
    [InlineData("--questionnaire", "nulle-part", "--questionnaire: 'nulle-part' is neither a file nor the id of a valid questionnaire")]
    [InlineData("--opens", "1er mars", "--opens: '1er mars' is not a date written YYYY-MM-DD")]
    public async Task Create_collecte_refuses_bad_input_with_a_message_and_stores_nothing(string option, string value, string message)
    {
        await ImportAsync(database.Write("t.csv", Territories));
        File.WriteAllText(Path.Combine(database.Questionnaires, "citoyens.yaml"), TestQuestionnaire.Yaml);
        var args = new Dictionary<string, string>
        {
            ["--code"] = "bonne", ["--questionnaire"] = TestQuestionnaire.Id, ["--territory"] = "shawi",
        };
        args[option] = value;

        var (exit, output, error) = await CreateAsync(args.SelectMany(a => new[] { a.Key, a.Value }).ToArray());

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains("Nothing was created", error);
        Assert.Equal(0, await database.WithDbAsync(db => db.Collectes.CountAsync()));
    }

    [Fact]
    public async Task Create_collecte_refuses_a_code_already_used()
    {
        await ImportAsync(database.Write("t.csv", Territories));
        var questionnaire = database.Write("q.yaml", TestQuestionnaire.Yaml);
        await CreateAsync("--code", "double", "--questionnaire", questionnaire, "--territory", "shawi");

        var (exit, _, error) = await CreateAsync("--code", "double", "--questionnaire", questionnaire, "--territory", "shawi");

        Assert.Equal(1, exit);
        Assert.Contains("the public code 'double' is already used by another collecte", error);
        Assert.Equal(1, await database.WithDbAsync(db => db.Collectes.CountAsync()));
    }
}
