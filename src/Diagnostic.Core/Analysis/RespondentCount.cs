using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// How many responses of one audience a unit (a neighbourhood, or ALL) holds: a figure like the others
/// (src/Diagnostic.Core/Analysis/README.md, "Small cells"), so it is suppressed with the same primary and complementary rules.
/// Not a row of the portrait file, whose levels stay as they are. <see cref="N"/> is null when suppressed.
/// </summary>
public sealed record RespondentCount(Audience Audience, string Neighbourhood, int? N, SuppressionReason Reason)
{
    public bool Suppressed => Reason != SuppressionReason.None;
}
