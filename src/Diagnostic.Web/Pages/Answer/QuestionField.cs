using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>What the question partial needs to draw one question: its current value and error, in a language.</summary>
public sealed record QuestionField(Question Question, string? Value, string? Error, string Language)
{
    public string Id => FieldError.QuestionFieldId(Question.Id);
    public string Name => AnswerForm.Prefix + Question.Id;

    /// <summary>The first input gets the anchor id the error summary links to; the others are numbered.</summary>
    public string InputId(int index) => index == 0 ? Id : $"{Id}-{index + 1}";

    public IReadOnlyList<string> Codes => AnswerValues.Codes(Question, Value);

    /// <summary>Drawn hidden: a follow-up whose condition does not hold yet (the page's script shows it when it does).</summary>
    public bool Hidden { get; init; }

    /// <summary>A follow-up's condition as JSON (<see cref="FollowUpData"/>), for the page's script; null otherwise.</summary>
    public string? Condition { get; init; }

    /// <summary>A required question that can be declined says so: declining is an answer.</summary>
    public bool ShowsDeclineHint => Question is { Required: true, Decline: not null };

    public string? DescribedBy =>
        string.Join(' ', new[] { ShowsDeclineHint ? Id + "-decline-hint" : null, Error is null ? null : Id + "-error" }
            .Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;

    /// <summary>Scale points plus "don't know", or the choices plus "decline", as (value, label) pairs.</summary>
    public IReadOnlyList<(string Value, string Label)> Options => Question.Type == QuestionType.Scale
        ? Question.Scale!.Points.Select(p => (p.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Label.In(Language)))
            .Concat(Question.Scale.DontKnow is { } dk ? [(Scale.DontKnowCode, dk.In(Language))] : [])
            .ToList()
        : Question.ChoiceList.Select(c => (c.Code, c.Label.In(Language)))
            .Concat(Question.Decline is { } decline ? [(Question.DeclineCode, decline.In(Language))] : [])
            .ToList();

    /// <summary>The person chose "decline" (a number question shows it as a box beside the field).</summary>
    public bool Declined => Question.HasDecline && Value == Question.DeclineCode;

    /// <summary>What the number field shows: empty when declined.</summary>
    public string? TypedValue => Declined ? null : Value;
}
