using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads the top of the file and its sections, then checks what spans questions (ids, conditions, dimensions).</summary>
internal sealed class QuestionnaireDocumentReader(YamlReadContext context)
{
    private static readonly string[] TopKeys = ["id", "version", "audience", "title", "intro", "scales", "sections"];
    private static readonly string[] SectionKeys = ["id", "title", "profile", "dimension", "questions"];

    // Questions and sections share one namespace: the format asks their ids to be unique in the file.
    private readonly Dictionary<string, (string What, long Line)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Question?> _earlier = new(StringComparer.Ordinal);
    private readonly List<QuestionDraft> _drafts = [];

    /// <summary>The questionnaire, or null when any error was reported.</summary>
    public Questionnaire? Read(YamlNode root, Lazy<string> sourceHash)
    {
        var map = YamlMap.From(root, "the questionnaire", context);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(TopKeys);
        var id = ReadQuestionnaireId(map);
        var version = ReadVersion(map);
        var audience = ReadAudience(map);
        var title = map.Text("title", required: true);
        var intro = map.Text("intro", required: false);
        var scalesNode = map.Value("scales");
        var scales = scalesNode is null ? [] : ScaleReader.ReadAll(scalesNode, context);
        var sections = ReadSections(map, scales);
        CheckRelevance();
        if (context.Errors.Count > 0 || id is null || version is null || audience is null || title is null || sections is null)
        {
            return null;
        }

        var validScales = scales.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!, StringComparer.Ordinal);
        return new Questionnaire(id, version.Value, audience.Value, title, intro, validScales, sections, sourceHash);
    }

    private string? ReadQuestionnaireId(YamlMap map)
    {
        var id = map.String("id", required: true);
        if (id is not null && !QuestionnaireIds.IsQuestionnaireId(id))
        {
            context.Error(map.Value("id")!, $"questionnaire id '{id}' must match [a-z0-9-]+ (lowercase letters, digits and -)");
        }

        return id;
    }

    private int? ReadVersion(YamlMap map)
    {
        var version = map.Integer("version", required: true);
        if (version is <= 0)
        {
            context.Error(map.Value("version")!, "'version' must be a positive integer");
        }

        return version;
    }

    private Audience? ReadAudience(YamlMap map)
    {
        var code = map.String("audience", required: true);
        if (code is null)
        {
            return null;
        }

        if (AudienceCodes.TryParse(code, out var audience))
        {
            return audience;
        }

        context.Error(map.Value("audience")!, $"unknown audience '{code}' (expected {AudienceCodes.Citizen} or {AudienceCodes.Partner})");
        return null;
    }

    private List<Section>? ReadSections(YamlMap map, IReadOnlyDictionary<string, Scale?> scales)
    {
        var list = map.Sequence("sections", required: true);
        if (list is null)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            context.Error(list, "'sections' is empty: give at least one section");
        }

        var sections = list.Children.Select(node => ReadSection(node, scales)).ToList();
        return sections.Contains(null) ? null : [.. sections.OfType<Section>()];
    }

    private Section? ReadSection(YamlNode node, IReadOnlyDictionary<string, Scale?> scales)
    {
        var map = YamlMap.From(node, "a section", context);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys([.. SectionKeys, .. context.RetiredKeys]);
        var id = map.String("id", required: true);
        if (id is not null)
        {
            CheckItemId(id, "section", map.Value("id")!);
        }

        var title = map.Text("title", required: true);
        var profile = map.Boolean("profile");
        var dimension = map.Boolean("dimension");
        var questions = ReadQuestions(map, scales);
        CheckSectionKind(map, profile, dimension, questions);
        return id is null || title is null || questions is null
            ? null
            : new Section(id, title, questions, profile, dimension);
    }

    private List<Question>? ReadQuestions(YamlMap section, IReadOnlyDictionary<string, Scale?> scales)
    {
        var list = section.Sequence("questions", required: true);
        if (list is null)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            context.Error(list, "'questions' is empty: give at least one question");
        }

        var questions = new List<Question?>();
        foreach (var node in list.Children)
        {
            var draft = QuestionReader.Read(node, scales, context);
            if (draft?.Id is { } id)
            {
                CheckItemId(id, "question", draft.IdNode, checkPattern: false);
            }

            questions.Add(draft?.Question);
            if (draft is not null)
            {
                _drafts.Add(draft);
            }
        }

        return questions.Contains(null) ? null : [.. questions.OfType<Question>()];
    }

    private void CheckSectionKind(YamlMap map, bool profile, bool dimension, List<Question>? questions)
    {
        if (profile && dimension)
        {
            context.Error(map.Key("dimension")!, "a section cannot be both 'profile' (never scored) and 'dimension' (scored)");
        }

        if (dimension && questions is not null && !questions.Any(q => q.Type == QuestionType.Scale))
        {
            context.Error(map.Key("dimension")!, "a dimension section needs at least one scale question (its score is made of them)");
        }
    }

    private void CheckItemId(string id, string what, YamlNode node, bool checkPattern = true)
    {
        if (checkPattern && !QuestionnaireIds.IsItemId(id))
        {
            context.Error(node, $"{what} id '{id}' must match [a-z][a-z0-9_]* (lowercase letter, then lowercase letters, digits or _)");
        }

        if (!_ids.TryAdd(id, (what, node.Start.Line)))
        {
            var first = _ids[id];
            context.Error(node, $"duplicate id '{id}' (already used by the {first.What} at line {first.Line})");
        }
    }

    /// <summary>In file order, so that "earlier" is exactly the questions read before each condition.</summary>
    private void CheckRelevance()
    {
        var all = _drafts.Where(d => d.Id is not null).Select(d => d.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in _drafts)
        {
            RelevanceChecker.Check(draft, _earlier, all, context);
            if (draft.Id is not null)
            {
                _earlier.TryAdd(draft.Id, draft.Question);
            }
        }
    }
}
