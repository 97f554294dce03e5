using Diagnostic.Core.Plans;
using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Status colours from the Okabe–Ito palette; colour is never the only cue (each bar also names its
/// status), and the today line uses vermillion, which no status uses.
/// </summary>
public static class ScheduleChartPalette
{
    public const string UpcomingHex = "#56B4E9";
    public const string InProgressHex = "#0072B2";
    public const string DoneHex = "#009E73";
    public const string PostponedHex = "#E69F00";
    public const string AbandonedHex = "#CC79A7";
    public const string TodayHex = "#D55E00";

    public static string Hex(ActionStatus status) => status switch
    {
        ActionStatus.Upcoming => UpcomingHex,
        ActionStatus.InProgress => InProgressHex,
        ActionStatus.Done => DoneHex,
        ActionStatus.Postponed => PostponedHex,
        ActionStatus.Abandoned => AbandonedHex,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown action status"),
    };

    internal static Color For(ActionStatus status) => Color.FromHex(Hex(status));

    internal static Color Today => Color.FromHex(TodayHex);
}
