using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Charts;

/// <summary>One action on the échéancier: its wording, its period and where it stands.</summary>
public sealed record ScheduleChartItem(string Title, ActionPeriod Period, ActionStatus Status);
