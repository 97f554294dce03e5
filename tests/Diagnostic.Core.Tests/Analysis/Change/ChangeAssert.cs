using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>Finding rows of a bilan and comparing its figures with independently computed values.</summary>
internal static class ChangeAssert
{
    public static ChangeRow RowOf(this ChangeReport report, string neighbourhood, FigureLevel level, string id,
        Audience audience = Audience.Citizen) =>
        Assert.Single(report.Rows, r => r.Audience == audience && r.Neighbourhood == neighbourhood && r.Level == level && r.Id == id);

    public static bool HasRow(this ChangeReport report, string neighbourhood, FigureLevel level, string id) =>
        report.Rows.Any(r => r.Neighbourhood == neighbourhood && r.Level == level && r.Id == id);

    /// <summary>Relative closeness, so a p of 1e-3 and a mean of 60 are held to the same number of digits.</summary>
    public static void Close(double expected, double? actual, double relative = 1e-9)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= relative * Math.Max(1e-12, Math.Abs(expected)),
            $"expected {expected:R}, got {actual.Value:R}");
    }
}
