namespace Diagnostic.Web.Pages.Answer;

public sealed record AnswerNeighbourhood(string Code, string Name);
