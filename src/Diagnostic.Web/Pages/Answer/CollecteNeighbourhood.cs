namespace Diagnostic.Web.Pages.Answer;

public sealed record CollecteNeighbourhood(string Code, string Name);
