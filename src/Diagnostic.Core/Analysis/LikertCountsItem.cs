using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// How many respondents chose each point of one scale item, for one audience × neighbourhood (or ALL).
/// <see cref="Counts"/> follow the scale's points in file order (lowest code first); <see cref="DontKnow"/> counts NSP.
/// When <see cref="Suppressed"/> is true (the portrait hides the item's question row) both are null.
/// </summary>
public sealed record LikertCountsItem(
    Audience Audience, string Neighbourhood, string ItemId, IReadOnlyList<int>? Counts, int? DontKnow, bool Suppressed)
{
    public bool IsShown => !Suppressed && Counts is not null;
}
