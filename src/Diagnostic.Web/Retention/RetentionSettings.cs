namespace Diagnostic.Web.Retention;

/// <summary>Section "Retention": the daily job that deletes raw answers past their collecte's retention date.</summary>
public sealed class RetentionSettings
{
    public const string Section = "Retention";

    /// <summary>Run the daily job (on by default; a test host or a second instance may turn it off).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Time between two runs; the first run is at start-up.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromDays(1);
}
