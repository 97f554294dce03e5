using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>An organisation's card, as the organisatrice or the organisation itself posts it.</summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }
    public PartnerNetwork Network { get; set; }
    public string? Sector { get; set; }

    /// <summary>Codes of the territories served.</summary>
    public List<string> Served { get; set; } = [];
    public string? ContactPerson { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public static OrganisationInput From(PartnerOrganisation o) => new()
    {
        Name = o.Name, Network = o.Network, Sector = o.Sector, Served = [.. o.ServedCodes],
        ContactPerson = o.ContactPerson, ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone,
    };
}
