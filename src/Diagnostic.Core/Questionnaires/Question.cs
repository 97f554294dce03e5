namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// One question of a questionnaire. Type-specific settings are null when they do not apply
/// (the reader guarantees, for instance, that a scale question has a Scale).
/// </summary>
public sealed record Question(
    string Id,
    QuestionType Type,
    LocalizedText Text,
    bool Required = false,
    RelevanceExpression? Relevant = null,
    Scale? Scale = null,
    bool Reverse = false,
    IReadOnlyList<Choice>? Choices = null,
    int? MaxChoices = null,
    int? Rank = null,
    double? Min = null,
    double? Max = null,
    bool Integer = false,
    int MaxLength = Question.DefaultMaxLength,
    LocalizedText? Decline = null)
{
    public const int DefaultMaxLength = 2000;

    /// <summary>The stored value of a declined answer (the `decline` option): it satisfies `required`, and every statistic treats it as not answered.</summary>
    public const string DeclineCode = "REFUS";

    public bool HasDecline => Decline is not null;

    /// <summary>The person declined this question: for every statistic, as if not answered.</summary>
    public bool IsDeclined(string? value) => HasDecline && value == DeclineCode;

    public IReadOnlyList<Choice> ChoiceList => Choices ?? [];

    public Choice? FindChoice(string code) => ChoiceList.FirstOrDefault(c => c.Code == code);
}
