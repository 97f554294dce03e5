namespace Diagnostic.Data.Entities;

/// <summary>
/// The réseau an organisation belongs to, stored as its lowercase name. The list matches the comités' default voter
/// types (VoterTypeDefaults) so the « portrait de la concertation » can compare seats by réseau. The former
/// « institutionnel » and « privé » were split by OrganisationBackfill (santé, scolaire, municipal; économique).
/// </summary>
public enum PartnerNetwork
{
    Communautaire,
    Sante,
    Scolaire,
    Municipal,
    Economique,
    Philanthropique,
    Citoyen,
}
