namespace Diagnostic.Core.Questionnaires;

/// <summary>A validated, immutable questionnaire as read from one YAML file.</summary>
public sealed record Questionnaire(
    string Id,
    int Version,
    Audience Audience,
    LocalizedText Title,
    LocalizedText? Intro,
    IReadOnlyDictionary<string, Scale> Scales,
    IReadOnlyList<Section> Sections,
    Lazy<string> SourceHashOnDemand)
{
    public Questionnaire(
        string id, int version, Audience audience, LocalizedText title, LocalizedText? intro,
        IReadOnlyDictionary<string, Scale> scales, IReadOnlyList<Section> sections, string sourceHash)
        : this(id, version, audience, title, intro, scales, sections, new Lazy<string>(sourceHash))
    {
    }

    /// <summary>
    /// SHA-256 (lowercase hex) of the source text, computed on first use: a command that never stores the
    /// questionnaire (the CSV portrait) never loads the cryptography library, about 6 MB of its peak memory.
    /// </summary>
    public string SourceHash => SourceHashOnDemand.Value;

    /// <summary>Every question in file order.</summary>
    public IReadOnlyList<Question> Questions { get; } = Sections.SelectMany(s => s.Questions).ToList();

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public IEnumerable<Section> Dimensions => Sections.Where(s => s.IsDimension);
}
