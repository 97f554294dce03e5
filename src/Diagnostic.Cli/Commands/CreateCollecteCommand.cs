using System.CommandLine;
using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Collectes;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic create-collecte --code C --questionnaire ID-OR-FILE --territory CODE [--name] [--opens] [--closes]
/// [--retain-until] [--open]`: creates a collecte covering every neighbourhood under the territory. The questionnaire
/// is a file path, or an id looked up in the questionnaires folder; its exact text is stored with the collecte.
/// Errors go to stderr (exit 1, nothing stored); the public address goes to stdout.
/// </summary>
internal sealed class CreateCollecteCommand(IConfiguration? configuration) : ICliCommand
{
    public CreateCollecteCommand() : this(null)
    {
    }

    private sealed record Arguments(
        string Code, string Questionnaire, string Territory, string? Name,
        string? Opens, string? Closes, string? RetainUntil, bool Open);

    public Command Build()
    {
        var code = new Option<string>("--code") { Description = "Code public de la collecte (/s/CODE)", Required = true };
        var questionnaire = new Option<string>("--questionnaire") { Description = "Id d'un questionnaire du dossier questionnaires/ ou chemin d'un fichier YAML", Required = true };
        var territory = new Option<string>("--territory") { Description = "Code du territoire couvert", Required = true };
        var name = new Option<string>("--name") { Description = "Nom de la collecte" };
        var opens = new Option<string>("--opens") { Description = "Ouverture (AAAA-MM-JJ, heure du Québec)" };
        var closes = new Option<string>("--closes") { Description = "Dernier jour (AAAA-MM-JJ, inclus, heure du Québec)" };
        var retain = new Option<string>("--retain-until") { Description = "Date de destruction des réponses brutes (AAAA-MM-JJ)" };
        var open = new Option<bool>("--open") { Description = "Ouvrir la collecte tout de suite" };
        var command = new Command("create-collecte", "Crée une collecte sur un territoire avec un questionnaire (sa version est conservée)");
        command.Aliases.Add("create-session"); // the name of the first releases, kept for existing scripts
        foreach (var option in new Option[] { code, questionnaire, territory, name, opens, closes, retain, open }) command.Options.Add(option);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await RunAsync(
            new Arguments(r.GetValue(code)!, r.GetValue(questionnaire)!, r.GetValue(territory)!, r.GetValue(name),
                r.GetValue(opens), r.GetValue(closes), r.GetValue(retain), r.GetValue(open)),
            r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, ct));
        return command;
    }

    private async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var problems = new List<string>();
        var source = LoadQuestionnaire(args.Questionnaire, problems);
        var opensAt = ParseDate("--opens", args.Opens, problems) is { } o ? QuebecDates.StartOf(o) : (DateTimeOffset?)null;
        var closesAt = ParseDate("--closes", args.Closes, problems) is { } c ? QuebecDates.EndOf(c) : (DateTimeOffset?)null;
        var retainUntil = ParseDate("--retain-until", args.RetainUntil, problems);
        if (problems.Count > 0 || source is null) return await FailAsync(error, problems);
        await using var database = await CommandDatabase.OpenAsync(configuration, ct);
        var created = await new CollecteStore(database.Db, TimeProvider.System).CreateAsync(new NewCollecte(
            args.Code, args.Name ?? $"Collecte {args.Code}", args.Territory, source.Value.Questionnaire, source.Value.Yaml,
            OpensAt: opensAt, ClosesAt: closesAt, RetainUntil: retainUntil, Open: args.Open), ct);
        if (!created.Succeeded) return await FailAsync(error, created.Errors.Select(e => e.ToString()).ToList());
        var collecte = created.Collecte!;
        await new AuditLog(database.Db).RecordAsync(AuditActor.CommandLine, AuditActions.CollecteCreated, AuditTarget.Collecte(collecte.Id),
            $"{source.Value.Questionnaire.Id} v{source.Value.Questionnaire.Version}", ct);
        await output.WriteLineAsync(
            $"Created collecte '{collecte.PublicCode}' ({collecte.Status.ToString().ToLowerInvariant()}) with {source.Value.Questionnaire.Id} v{source.Value.Questionnaire.Version}, " +
            $"{collecte.Neighbourhoods.Count} neighbourhood(s): /s/{collecte.PublicCode}");
        return 0;
    }

    private static async Task<int> FailAsync(TextWriter error, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems) await error.WriteLineAsync(problem);
        await error.WriteLineAsync("Nothing was created");
        return 1;
    }

    /// <summary>A path to a file, else an id in the questionnaires folder; the text is read once, so the stored
    /// snapshot is exactly what was validated.</summary>
    private (Questionnaire Questionnaire, string Yaml)? LoadQuestionnaire(string idOrFile, List<string> problems)
    {
        var file = File.Exists(idOrFile) ? idOrFile : FindById(idOrFile, problems);
        if (file is null) return null;
        var yaml = File.ReadAllText(file);
        var read = QuestionnaireReader.Read(yaml, file);
        problems.AddRange(read.Errors.Select(e => e.ToString()));
        return read.Questionnaire is { } q ? (q, yaml) : null;
    }

    private string? FindById(string id, List<string> problems)
    {
        var folder = QuestionnaireFolder();
        if (folder is null)
        {
            problems.Add($"--questionnaire: '{id}' is not a file and no questionnaires folder was found");
            return null;
        }
        var catalog = QuestionnaireCatalog.LoadFolder(folder);
        if (catalog.Files.TryGetValue(id, out var file)) return file;
        problems.Add($"--questionnaire: '{id}' is neither a file nor the id of a valid questionnaire in {folder}" +
            (catalog.Questionnaires.Count > 0 ? $" (ids: {string.Join(", ", catalog.Questionnaires.Keys.Order())})" : ""));
        return null;
    }

    /// <summary>Questionnaires:Directory when set, else the nearest questionnaires/ folder above the working directory.</summary>
    private string? QuestionnaireFolder()
    {
        var configured = (configuration ?? CliConfiguration.Load())["Questionnaires:Directory"];
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "questionnaires");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static DateOnly? ParseDate(string option, string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{option}: '{value}' is not a date written YYYY-MM-DD");
        return null;
    }
}
