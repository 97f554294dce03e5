extern alias cli;
using System.CommandLine;
using System.Text;
using cli::Diagnostic.Cli;
using cli::Diagnostic.Cli.Commands;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>`export-responses` and `import-responses` with formula-like answers: neutralised on the way out, restored on the way in.</summary>
public sealed class FormulaCliTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("diagnostic-formula-").FullName;
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

    [Theory]
    [InlineData("comma", ",")]
    [InlineData("semicolon", ";")]
    public async Task Cli_export_neutralises_formulas_and_export_import_export_is_byte_identical(string separator, string s)
    {
        var source = await factory.NewFormulaCollecteAsync();
        var target = await factory.NewFormulaCollecteAsync();
        await factory.AddFormulaResponsesAsync(source);
        var file = Path.Combine(folder, "reponses.csv");
        var again = Path.Combine(folder, "encore.csv");

        var exported = await RunAsync(new ExportResponsesCommand(output, error, Configuration),
            "--collecte", source, "--out", file, "--separator", separator);
        var imported = await RunAsync(new ImportResponsesCommand(output, error, Configuration), "--collecte", target, file);
        await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", target, "--out", again, "--separator", separator);

        Assert.Equal((0, 0), (exported, imported));
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
        Assert.Contains($"f0{s}nord{s}citizen{s}fr{s}2026-05-01T10:00:00-04:00{s}-1{s}{FormulaData.Written[0]}{s}-2\r\n", text);
        Assert.Contains($"{s}'\t=1+1{s}", text);
        Assert.Equal(FormulaData.Typed, await factory.StoredIdeasAsync(target));
        Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(again));
    }

    [Fact]
    public async Task Cli_long_export_neutralises_formulas()
    {
        var code = await factory.NewFormulaCollecteAsync();
        await factory.AddFormulaResponsesAsync(code);
        var file = Path.Combine(folder, "long.csv");

        var exit = await RunAsync(new ExportResponsesCommand(output, error, Configuration), "--collecte", code, "--out", file, "--format", "long");

        Assert.Equal(0, exit);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("f3,nord,citizen,idee,'@SUM(A1)\r\n", text);
        Assert.Contains("f3,nord,citizen,solde,-2\r\n", text);
        Assert.Contains("f7,nord,citizen,idee,'''two\r\n", text);
    }
}
