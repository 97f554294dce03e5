namespace Diagnostic.Core.Comite;

/// <summary>
/// The voter types a new comité starts with (domain.md 5.0: "at least citizen, community organisation, health and
/// social services, school, municipal or MRC, economic development and philanthropic"); a comité may add its own.
/// </summary>
public static class VoterTypeDefaults
{
    public sealed record VoterTypeDefault(string Code, string French, string English);

    public static IReadOnlyList<VoterTypeDefault> All { get; } =
    [
        new("citoyen", "Citoyenne ou citoyen", "Citizen"),
        new("communautaire", "Organisme communautaire", "Community organisation"),
        new("sante", "Santé et services sociaux", "Health and social services"),
        new("scolaire", "Milieu scolaire", "School"),
        new("municipal", "Municipal ou MRC", "Municipal or MRC"),
        new("economique", "Développement économique", "Economic development"),
        new("philanthropique", "Philanthropique", "Philanthropic"),
    ];
}
