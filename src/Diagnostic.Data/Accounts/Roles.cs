namespace Diagnostic.Data.Accounts;

/// <summary>The Identity role names. Citizens never have an account, so they have no role.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Organizer = "organisatrice";
    public const string Committee = "comite";

    public static readonly IReadOnlyList<string> All = [Admin, Organizer, Committee];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
