namespace Diagnostic.Data.Audit;

/// <summary>What an audited action was done to: a type name and its id (never a person's name or an answer).</summary>
public sealed record AuditTarget(string Type, string? Id)
{
    public static AuditTarget Collecte(int id) => new("collecte", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditTarget User(string id) => new("user", id);

    public static AuditTarget Territory(int id) => new("territory", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditTarget Round(int id) => new("round", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditTarget Cycle(int id) => new("cycle", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditTarget Comite(int id) => new("comite", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditTarget Seance(int id) => new("seance", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A forum's issue card (a candidate of the year).</summary>
    public static AuditTarget Card(int id) => new("card", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A comité's chosen target (the plan and bilan pages audit it under the same name).</summary>
    public static AuditTarget ChosenTarget(int id) => new("target", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
