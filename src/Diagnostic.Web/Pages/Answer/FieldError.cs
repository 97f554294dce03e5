namespace Diagnostic.Web.Pages.Answer;

/// <summary>One error, shown in the summary (linking to <see cref="FieldId"/>) and next to its field.</summary>
public sealed record FieldError(string FieldId, string Message)
{
    public static string QuestionFieldId(string questionId) => "q-" + questionId;
}
