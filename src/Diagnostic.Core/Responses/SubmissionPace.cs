namespace Diagnostic.Core.Responses;

/// <summary>
/// Whether submissions arrive at an unusual rate, for the organisatrice's dashboard: a script, or a kiosk evening
/// worth knowing about. The rule, kept simple on purpose:
/// <list type="bullet">
/// <item>recent = submissions in the last <see cref="Recent"/> (10 minutes);</item>
/// <item>usual rate = submissions before that, per hour, from the first submission to the start of the recent
/// window (counted as at least one hour, so a young collecte is not judged on a few minutes);</item>
/// <item>unusual when recent ≥ <see cref="MinimumBurst"/> (10) and recent &gt; <see cref="Factor"/> (5) × the
/// usual rate's share of 10 minutes (usual per hour ÷ 6). A brand-new collecte has a usual rate of 0, so its first
/// 10 submissions within 10 minutes are flagged.</item>
/// </list>
/// </summary>
public sealed record SubmissionPace(int RecentCount, double UsualPerHour)
{
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(10);
    public const int MinimumBurst = 10;
    public const double Factor = 5;

    /// <summary>What the usual rate gives in <see cref="Recent"/>.</summary>
    public double UsualPerRecentWindow => UsualPerHour * Recent.TotalHours;

    public bool IsUnusual => RecentCount >= MinimumBurst && RecentCount > Factor * UsualPerRecentWindow;

    public static SubmissionPace Of(IEnumerable<DateTimeOffset> submittedAt, DateTimeOffset now)
    {
        var since = now - Recent;
        var recent = 0;
        var earlier = 0;
        DateTimeOffset? first = null;
        foreach (var at in submittedAt)
        {
            if (at > since) { recent++; continue; }
            earlier++;
            if (first is null || at < first) first = at;
        }
        if (earlier == 0) return new SubmissionPace(recent, 0);
        var hours = Math.Max(1.0, (since - first!.Value).TotalHours);
        return new SubmissionPace(recent, earlier / hours);
    }
}
