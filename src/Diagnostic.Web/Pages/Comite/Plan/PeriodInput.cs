using Diagnostic.Core.Plans;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// A period as the plan's forms take it: exact dates when both are given (the wording kept beside them), otherwise the
/// wording alone when it names a season, a month or dates (« automne 2027 »). Returns the period or why not.
/// </summary>
public static class PeriodInput
{
    public static (ActionPeriod? Period, string? Error) Read(DateOnly? start, DateOnly? due, string? label, IStringLocalizer<PlanText> words)
    {
        if (start is { } s && due is { } d)
        {
            var (period, error) = ActionPeriod.Create(s, d, label);
            return error is null ? (period, null) : (null, words["Error.DueBeforeStart", PlanFormat.Day(d), PlanFormat.Day(s)]);
        }
        if (string.IsNullOrWhiteSpace(label))
            return (null, words["Error.Period"]);
        return PlanPeriodText.Parse(label) is { } named
            ? (ActionPeriod.Of(named.Start, named.Due, label), null)
            : (null, words["Error.PeriodUnknown", label.Trim()]);
    }

    /// <summary>« 1 septembre 2027 → 30 novembre 2027 (automne 2027) »: the range, and the comité's words when it used some.</summary>
    public static string Show(ActionPeriod period) =>
        PlanFormat.Day(period.Start) + " → " + PlanFormat.Day(period.Due) + (period.Label is { } l ? " (" + l + ")" : "");
}
