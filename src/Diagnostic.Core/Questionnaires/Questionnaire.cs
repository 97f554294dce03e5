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
    string SourceHash)
{
    /// <summary>Every question in file order.</summary>
    public IReadOnlyList<Question> Questions { get; } = Sections.SelectMany(s => s.Questions).ToList();

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public IEnumerable<Section> Dimensions => Sections.Where(s => s.IsDimension);
}
