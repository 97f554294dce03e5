extern alias cli;
using System.CommandLine;
using System.Text;
using cli::Diagnostic.Cli;
using cli::Diagnostic.Cli.Commands;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>The export, import, retention and deletion verbs on the same database as the web app.</summary>
public sealed class CliVerbTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("diagnostic-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(factory.Database.Settings)
        .Build();

    private async Task<int> RunAsync(ICliCommand verb, params string[] args)
    {
        _ = factory.Services; // the web host has migrated the database
        return await verb.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    [Fact]
    public async Task Export_then_import_into_another_collecte_from_the_command_line_round_trips()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 9);
        var file = Path.Combine(folder, "reponses.csv");
        var again = Path.Combine(folder, "encore.csv");

        var exported = await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", source, "--out", file);
        var imported = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", target, file);
        var twice = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--session", target, file); // the old option name still works
        await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", target, "--out", again);

        Assert.Equal((0, 0, 0), (exported, imported, twice));
        Assert.Contains($"9 response(s) imported into '{target}', 0 already present", output.ToString());
        Assert.Contains($"0 response(s) imported into '{target}', 9 already present", output.ToString());
        Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(again));
        Assert.Equal(9, await factory.CountResponsesAsync(target));
    }

    [Fact]
    public async Task Import_of_a_file_cut_at_a_row_boundary_says_how_many_rows_it_read_and_stored()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 6);
        var file = Path.Combine(folder, "reponses.csv");
        var cut = Path.Combine(folder, "coupe.csv");
        await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", source, "--out", file);
        var lines = (await File.ReadAllTextAsync(file)).Split("\r\n");
        await File.WriteAllTextAsync(cut, string.Join("\r\n", lines.Take(1 + 4)) + "\r\n"); // header and 4 of 6 rows

        var code = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", target, cut);

        Assert.Equal(0, code);
        Assert.Contains($"4 row(s) read from {cut}; 4 response(s) imported into '{target}', 0 already present", output.ToString());
        Assert.Equal(4, await factory.CountResponsesAsync(target));
    }

    [Fact]
    public async Task Import_of_a_file_cut_inside_a_row_is_refused_with_its_line_and_stores_nothing()
    {
        var source = await factory.NewCollecteAsync();
        var target = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(source, 6);
        var file = Path.Combine(folder, "reponses.csv");
        var cut = Path.Combine(folder, "coupe.csv");
        await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", source, "--out", file);
        var lines = (await File.ReadAllTextAsync(file)).Split("\r\n");
        await File.WriteAllTextAsync(cut, string.Join("\r\n", lines.Take(1 + 4)) + "\r\n" + lines[5][..8]); // 8 characters of row 5

        var code = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", target, cut);

        Assert.Equal(1, code);
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(cut)}: row 6.*expected 11 fields, found \\d", error.ToString());
        Assert.Contains("nothing was imported", error.ToString());
        Assert.Equal(0, await factory.CountResponsesAsync(target));
    }

    [Theory]
    [InlineData("long", "comma", "response_id,neighbourhood,audience,question_id,value")]
    [InlineData("codebook", "semicolon", "\uFEFFname;section;type;label_fr")]
    [InlineData("wide", "semicolon", "\uFEFFresponse_id;neighbourhood")]
    public async Task Export_writes_the_chosen_format_and_separator(string format, string separator, string start)
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 2);
        var file = Path.Combine(folder, $"{format}.csv");

        var exit = await RunAsync(new ExportResponsesCommand(output, error, Configuration),
            "--collecte", code, "--out", file, "--format", format, "--separator", separator);

        Assert.Equal(0, exit);
        Assert.StartsWith(start, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
    }

    [Fact]
    public async Task An_invalid_file_is_reported_row_by_row_with_exit_code_1_and_imports_nothing()
    {
        var code = await factory.NewCollecteAsync();
        var file = Path.Combine(folder, "mauvais.csv");
        await File.WriteAllTextAsync(file, ExchangeData.WideHeader + "\r\nx1,nord,citizen,fr,,35+,,7,,,\r\nx1,nord,citizen,fr,,35+,,3,,,\r\n");

        var exit = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", code, file);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}: row 2, column fier: value '7' refused", error.ToString());
        Assert.Contains($"{file}: row 3, column response_id: duplicate response_id 'x1' (first on row 2)", error.ToString());
        Assert.Contains("2 error(s): nothing was imported", error.ToString());
        Assert.Equal(0, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task An_unknown_collecte_or_a_missing_file_exits_with_1()
    {
        var file = Path.Combine(folder, "x.csv");

        var export = await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", "inconnue", "--out", file);
        var import = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", "inconnue", Path.Combine(folder, "absent.csv"));

        Assert.Equal((1, 1), (export, import));
        Assert.Contains("no collecte with the code 'inconnue'", error.ToString());
        Assert.Contains("absent.csv: file not found", error.ToString());
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Apply_retention_deletes_answers_past_their_date_and_keeps_the_portrait()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 4);
        await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == code)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RetainUntil, new DateOnly(2021, 1, 1))));

        var dry = await RunAsync(new ApplyRetentionCommand(output, error, Configuration), "--dry-run");
        var countAfterDryRun = await factory.CountResponsesAsync(code);
        var exit = await RunAsync(new ApplyRetentionCommand(output, error, Configuration));

        Assert.Equal((0, 0, 4), (dry, exit, countAfterDryRun));
        Assert.Contains($"{code}: past its retention date", output.ToString());
        Assert.Contains($"{code}: 4 response(s) deleted, portrait kept", output.ToString());
        Assert.Equal(0, await factory.CountResponsesAsync(code));
        var id = await factory.CollecteIdAsync(code);
        Assert.Equal(1, await factory.WithDbAsync(db => db.PortraitArchives.CountAsync(a => a.CollecteId == id)));
    }

    [Fact]
    public async Task Delete_session_needs_the_code_twice()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 3);

        var refused = await RunAsync(new DeleteCollecteCommand(output, error, Configuration), "--collecte", code, "--confirm", "oui");
        var stillThere = await factory.CountResponsesAsync(code);
        var deleted = await RunAsync(new DeleteCollecteCommand(output, error, Configuration), "--collecte", code, "--confirm", code);

        Assert.Equal((1, 3, 0), (refused, stillThere, deleted));
        Assert.Contains("--confirm must repeat the collecte's code", error.ToString());
        Assert.Contains($"collecte '{code}' deleted with its 3 response(s)", output.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Collectes.AnyAsync(s => s.PublicCode == code)));
    }

    [Fact]
    public async Task Delete_collecte_refuses_a_collecte_a_comite_year_rests_on_and_deletes_nothing()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 2);
        await factory.ComiteYearOnAsync(await factory.CollecteIdAsync(code), "Comité du Centre");

        var refused = await RunAsync(new DeleteCollecteCommand(output, error, Configuration), "--collecte", code, "--confirm", code);

        Assert.Equal(1, refused);
        Assert.Contains($"collecte '{code}' is used by comité year(s) Comité du Centre 2026-2027: nothing deleted", error.ToString());
        Assert.Equal(2, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task Apply_retention_refuses_to_run_with_a_min_cell_setting_below_one()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(factory.Database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Analysis:MinCell"] = "0" }).Build();
        _ = factory.Services;

        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            new ApplyRetentionCommand(output, error, () => settings).Build().Parse([]).InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }));

        Assert.Contains("Analysis:MinCell must be a whole number of at least 1", refused.Message);
        Assert.DoesNotContain("collecte(s)", output.ToString());
    }
}
