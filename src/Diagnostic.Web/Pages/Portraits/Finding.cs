namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A force or a défi of a neighbourhood: what it means in a sentence (<see cref="Text"/>), and the figures behind it
/// (score, rest of the territory, q, n) for the folded « Détails ».
/// </summary>
public sealed record Finding(string DimensionId, bool IsForce, string Text, string Details);

/// <summary>A candidate target in a sentence, with its figures for the folded « Détails ».</summary>
public sealed record PlainFigure(string Text, string Details);
