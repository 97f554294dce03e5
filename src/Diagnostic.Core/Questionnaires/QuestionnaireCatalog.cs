using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// The valid questionnaires of a set of files, by id, with the file each came from, and every error of every file.
/// Two files with the same id: the first one read (files in ordinal path order) wins, the second is an error.
/// </summary>
public sealed record QuestionnaireCatalog(
    IReadOnlyDictionary<string, Questionnaire> Questionnaires,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<QuestionnaireError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public Questionnaire? Find(string id) => Questionnaires.GetValueOrDefault(id);

    /// <summary>Whether a path is a questionnaire file by its extension (.yaml or .yml, any case).</summary>
    public static bool IsQuestionnaireFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    /// <summary>The questionnaire files directly inside <paramref name="folder"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(IsQuestionnaireFile).Order(StringComparer.Ordinal)];

    /// <summary>Loads every *.yaml and *.yml of a folder (not its sub-folders); a missing folder is an error.</summary>
    public static QuestionnaireCatalog LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new QuestionnaireCatalog(
                new Dictionary<string, Questionnaire>(), new Dictionary<string, string>(),
                [new QuestionnaireError(folder, 1, 1, "no such folder")]);
        }

        return Load(FilesIn(folder));
    }

    /// <summary>Loads the given files in the given order; a missing file is an error.</summary>
    public static QuestionnaireCatalog Load(IEnumerable<string> files)
    {
        var questionnaires = new Dictionary<string, Questionnaire>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<QuestionnaireError>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                errors.Add(new QuestionnaireError(file, 1, 1, "no such file"));
                continue;
            }

            var (yaml, badLine, badColumn) = StrictUtf8.Decode(File.ReadAllBytes(file));
            if (yaml is null)
            {
                errors.Add(new QuestionnaireError(file, badLine, badColumn, QuestionnaireReader.NotUtf8));
                continue;
            }

            var result = QuestionnaireReader.Read(yaml, file);
            errors.AddRange(result.Errors);
            if (result.Questionnaire is not { } questionnaire)
            {
                continue;
            }

            if (sources.TryGetValue(questionnaire.Id, out var first))
            {
                var (line, column) = IdPosition(yaml);
                errors.Add(new QuestionnaireError(file, line, column, $"questionnaire id '{questionnaire.Id}' is already used by {first}"));
                continue;
            }

            questionnaires[questionnaire.Id] = questionnaire;
            sources[questionnaire.Id] = file;
        }

        return new QuestionnaireCatalog(questionnaires, sources, errors);
    }

    /// <summary>Where the top-level `id` value is written; the file was valid, so it is there.</summary>
    private static (int Line, int Column) IdPosition(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Mark start = root.Children[new YamlScalarNode("id")].Start;
        return ((int)start.Line, (int)start.Column);
    }
}
