using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads a questionnaire YAML file (src/Diagnostic.Core/Questionnaires/README.md) into a validated <see cref="Questionnaire"/>.</summary>
public static class QuestionnaireReader
{
    /// <summary>Reads a file as strictly as the catalog and `validate` do: bytes that are not UTF-8 are an error at their
    /// position, never characters replaced silently (a Windows-1252 accent would otherwise turn into another code).</summary>
    public static QuestionnaireReadResult ReadFile(string path)
    {
        var (yaml, line, column) = StrictUtf8.Decode(File.ReadAllBytes(path));
        return yaml is null
            ? new QuestionnaireReadResult(null, [new QuestionnaireError(path, line, column, NotUtf8)])
            : Read(yaml, path);
    }

    public const string NotUtf8 = "the file is not valid UTF-8: save it as UTF-8 (accents must not be in Latin-1 or Windows-1252)";

    /// <summary>Reads YAML text; <paramref name="fileName"/> is used in error positions.
    /// The questionnaire's SourceHash is the SHA-256 (hex) of the text, so a stored snapshot can be recognised.</summary>
    /// <remarks>Every error of the file is returned, in file order; a YAML syntax error stops the reading
    /// because nothing after it can be trusted.</remarks>
    public static QuestionnaireReadResult Read(string yaml, string fileName) => Read(yaml, fileName, storedSnapshot: false);

    /// <summary>
    /// Reads a collecte's stored snapshot: as <see cref="Read(string, string)"/>, except that keys an earlier version
    /// accepted are ignored rather than refused (<see cref="YamlReadContext.RetiredKeys"/>), so no collecte stops
    /// working when the reader follows the format more strictly.
    /// </summary>
    public static QuestionnaireReadResult ReadStored(string yaml, string fileName) => Read(yaml, fileName, storedSnapshot: true);

    private static QuestionnaireReadResult Read(string yaml, string fileName, bool storedSnapshot)
    {
        // A byte order mark left in the text (an upload read as-is) would otherwise glue itself to the first key.
        var text = yaml.TrimStart('\uFEFF');
        var context = new YamlReadContext(fileName, text, storedSnapshot);
        var root = LoadSingleDocument(text, context);
        var questionnaire = root is null ? null : new QuestionnaireDocumentReader(context).Read(root, new Lazy<string>(() => SourceHashOf(yaml)));
        if (context.Errors.Count > 0)
        {
            var errors = context.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
            return new QuestionnaireReadResult(null, errors);
        }

        return new QuestionnaireReadResult(questionnaire ?? throw new InvalidOperationException("No questionnaire and no error"), []);
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 text: the identity of a questionnaire's exact source.</summary>
    public static string SourceHashOf(string yaml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));

    private static YamlNode? LoadSingleDocument(string yaml, YamlReadContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            context.Error(e.Start, $"YAML syntax error: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Error(1, 1, "the file is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, "one questionnaire per file: a second YAML document starts here");
            return null;
        }

        return stream.Documents[0].RootNode;
    }
}
