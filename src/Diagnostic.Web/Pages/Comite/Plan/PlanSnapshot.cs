using System.Text.Json;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// The plan as adopted, frozen in a PlanAdoption: numbers and words only (no internal note, no progress log), so a
/// version reads the same after later edits and can be shown as « version 2, adoptée le… ».
/// </summary>
public sealed record PlanSnapshot(IReadOnlyList<PlanSnapshot.Objective> Objectives)
{
    public sealed record Objective(string Number, string Wording, IReadOnlyList<Means> Means);

    public sealed record Means(string Number, string Wording, string Start, string Due, string? Period, IReadOnlyList<Activity> Activities);

    public sealed record Activity(string Number, string Title, string Lead, string Resources, string Start, string Due, string? Period, string Status);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PlanSnapshot Of(IReadOnlyList<PlanTarget> plan) => new(plan.Select(t => new Objective(
        t.Number, t.Target.Wording,
        t.Means.Select(m => new Means(
            PlanNumbering(t, m), m.Means.Wording, PlanFormat.IsoDay(m.Means.StartDate), PlanFormat.IsoDay(m.Means.DueDate), m.Means.PeriodLabel,
            m.Activities.Select(a => new Activity(
                PlanNumbering(t, m) + "." + a.Order, a.Title, a.LeadOrganisation, a.Resources, PlanFormat.IsoDay(a.StartDate),
                PlanFormat.IsoDay(a.DueDate), a.PeriodLabel, a.Status.ToString())).ToList())).ToList())).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new InvalidOperationException("empty plan snapshot");

    private static string PlanNumbering(PlanTarget t, PlanMeansView m) => Core.Plans.PlanNumbering.Number(t.Target.Order, m.Means.Order);
}
