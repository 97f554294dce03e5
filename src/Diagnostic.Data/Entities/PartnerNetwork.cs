namespace Diagnostic.Data.Entities;

/// <summary>The network an organisation belongs to (issue 5); stored as its French code.</summary>
public enum PartnerNetwork
{
    Communautaire,
    Institutionnel,
    Municipal,
    Scolaire,
    Sante,
    Philanthropique,
    Prive,
}
