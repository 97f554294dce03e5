using System.Globalization;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Plans;
using Diagnostic.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>Figures and words of the plan and bilan pages as the reader's language writes them.</summary>
public static class PlanFormat
{
    public static string Number(double? value, int decimals = 1) => Numbers.Current.Number(value, decimals, "—");

    /// <summary>A figure of the given level: a share reads as a percentage, a score or mean as a number.</summary>
    public static string Figure(FigureLevel level, double? value) =>
        value is not { } v ? "—"
        : level == FigureLevel.Choice
            ? Numbers.Current.Percent(v)
            : Number(v, level == FigureLevel.Question ? 2 : 1);

    public static string Signed(FigureLevel level, double? value) =>
        value is { } v && v > 0 ? "+" + Figure(level, v) : Figure(level, value);

    /// <summary>« [1,2 ; 5,6] » in French (the comma is decimal), « [1.2, 5.6] » in English.</summary>
    public static string Interval(FigureLevel level, double? low, double? high) =>
        low is null || high is null ? "—"
        : Numbers.Current.Interval(Figure(level, low), Figure(level, high));

    public static string Status(IStringLocalizer<PlanText> t, ActionStatus status) => t["Status." + status];

    public static string Decision(IStringLocalizer<PlanText> t, Diagnostic.Core.Plans.TargetDecision decision) => t["Decision." + decision];

    /// <summary>A day as the reader writes it (« 14 mai 2026 »), for screens and messages.</summary>
    public static string Day(DateOnly day) => QuebecTimeText.Day(day);

    /// <summary>A day as machines read it (yyyy-MM-dd): CSV exports, stored plan snapshots, <c>datetime</c> attributes.</summary>
    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
