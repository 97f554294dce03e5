using System.CommandLine;
using Diagnostic.Cli.Commands;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>`diagnostic validate`, invoked through System.CommandLine as the program does.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private static async Task<(int Exit, string[] Out, string[] Err)> Validate(params string[] paths)
    {
        var root = new RootCommand { Subcommands = { new ValidateCommand().Build() } };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(["validate", .. paths]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Valid_file_prints_ok_with_id_and_version_and_exits_zero()
    {
        var file = Write("citoyens.yaml", SampleQuestionnaire.Yaml);
        var (exit, output, error) = await Validate(file);
        Assert.Equal(0, exit);
        Assert.Equal([$"OK {file} (citoyens v2)"], output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task A_latin1_file_is_refused_with_the_line_and_column_of_its_first_accent()
    {
        var path = Path.Combine(_folder, "latin1.yaml");
        var yaml = SampleQuestionnaire.Yaml.Replace("id: citoyens ", "id: citoyens # quartier aimé ");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(yaml));
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('é')) + 1;
        var column = lines[line - 1].IndexOf('é') + 1;

        var (exit, output, error) = await Validate(path);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal([$"{path}:{line}:{column}: the file is not valid UTF-8: save it as UTF-8 (accents must not be in Latin-1 or Windows-1252)"], error);
    }

    [Fact]
    public async Task A_utf8_file_with_a_bom_and_accents_is_valid()
    {
        var path = Path.Combine(_folder, "bom.yaml");
        File.WriteAllText(path, SampleQuestionnaire.Yaml.Replace("id: citoyens ", "id: citoyens # quartier aimé "), new System.Text.UTF8Encoding(true));

        var (exit, _, error) = await Validate(path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Every_error_of_every_file_is_printed_with_its_position_and_exit_is_one()
    {
        var good = Write("a.yaml", SampleQuestionnaire.Yaml);
        var bad = Write("b.yaml", SampleQuestionnaire.Yaml
            .Replace("id: citoyens ", "id: partenaires ")
            .Replace("audience: citizen", "audience: public")
            .Replace("scale: accord4\n        reverse", "scale: accord5\n        reverse"));

        var (exit, output, error) = await Validate(_folder);

        Assert.Equal(1, exit);
        Assert.Equal([$"OK {good} (citoyens v2)"], output);
        Assert.Equal(
            [$"{bad}:3:11: unknown audience 'public' (expected citizen or partner)",
             $"{bad}:37:16: unknown scale 'accord5' (defined: accord4)"],
            error);
    }

    [Fact]
    public async Task Same_id_in_two_files_given_separately_is_an_error()
    {
        var first = Write("a.yaml", SampleQuestionnaire.Yaml);
        var second = Write("b.yml", SampleQuestionnaire.Yaml);
        var (exit, _, error) = await Validate(first, second);
        Assert.Equal(1, exit);
        Assert.Equal([$"{second}:1:5: questionnaire id 'citoyens' is already used by {first}"], error);
    }

    [Fact]
    public async Task Missing_path_is_an_error()
    {
        var absent = Path.Combine(_folder, "absent.yaml");
        var (exit, _, error) = await Validate(absent);
        Assert.Equal(1, exit);
        Assert.Equal([$"{absent}:1:1: no such file or folder"], error);
    }

    [Fact]
    public async Task File_given_twice_is_checked_once()
    {
        var file = Write("citoyens.yaml", SampleQuestionnaire.Yaml);
        var (exit, output, _) = await Validate(file, _folder);
        Assert.Equal(0, exit);
        Assert.Single(output);
    }

    [Fact]
    public async Task No_path_at_all_is_a_usage_error()
    {
        var (exit, _, _) = await Validate();
        Assert.NotEqual(0, exit);
    }
}
