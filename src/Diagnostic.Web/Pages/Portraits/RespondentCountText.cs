using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A respondent count as the portrait decided it (Core suppresses it like any figure; nothing is counted here):
/// the number, « n &lt; 5 » when too few answered, « masqué » when hidden as the complement of a smaller one.
/// </summary>
public sealed class RespondentCountText(PortraitNumbers numbers, IStringLocalizer<PortraitText> words, int minCell)
{
    /// <summary>« 140 », « n &lt; 5 » or « masqué ».</summary>
    public string Count(RespondentCount count) => count.N is { } n ? numbers.Count(n) : Hidden(count);

    /// <summary>« n = 140 », « n &lt; 5 » or « masqué ».</summary>
    public string NEquals(RespondentCount count) => count.N is { } n ? numbers.NEquals(n) : Hidden(count);

    /// <summary>
    /// « 55 personnes ont répondu. », or « Moins de 5 personnes ont répondu. » when the whole territory is below
    /// min_cell; « organismes » for the partner audience.
    /// </summary>
    public string Total(RespondentCount count, Audience audience = Audience.Citizen) =>
        count.N is { } n
            ? words[PortraitWords.Key("Participation.Total", audience), numbers.Count(n)].Value
            : words[PortraitWords.Key("Participation.TotalFew", audience), minCell].Value;

    private string Hidden(RespondentCount count) =>
        count.Reason == SuppressionReason.Complement ? words["Respondents.Complement"].Value : $"n < {minCell}";
}
