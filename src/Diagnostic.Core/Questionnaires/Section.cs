namespace Diagnostic.Core.Questionnaires;

public sealed record Section(
    string Id,
    LocalizedText Title,
    IReadOnlyList<Question> Questions,
    bool IsProfile = false,
    bool IsDimension = false)
{
    /// <summary>The scale questions that make the dimension score (empty unless IsDimension).</summary>
    public IReadOnlyList<Question> ScoredItems =>
        IsDimension ? Questions.Where(q => q.Type == QuestionType.Scale).ToList() : [];
}
