using System.Net.Mail;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// Checks and writes an organisation's card, for the organisatrice's directory page and the organisation's own
/// membership form alike: a name unique in the directory (any case), a known réseau, known territory codes, an email
/// that reads as one. A refused card stores nothing.
/// </summary>
public sealed class OrganisationCards(DiagnosticDbContext db, Today today, IStringLocalizer<ConcertationText> messages)
{
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int? organisationId, OrganisationInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) errors.Add(new FieldError("Input_Name", messages["Organisation.NameRequired"]));
        else if ((await db.PartnerOrganisations.AsNoTracking().Where(o => o.Id != organisationId).Select(o => o.Name).ToListAsync(cancellationToken))
                 .Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            errors.Add(new FieldError("Input_Name", messages["Organisation.NameTaken", name]));
        if (!Enum.IsDefined(input.Network)) errors.Add(new FieldError("Input_Network", messages["Organisation.NetworkUnknown"]));
        var codes = await db.Territories.AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken);
        foreach (var code in input.Served.Where(c => !codes.Contains(c)))
            errors.Add(new FieldError("Input_Served", messages["Organisation.TerritoryUnknown", code]));
        var email = input.ContactEmail?.Trim() ?? "";
        if (email.Length > 0 && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
            errors.Add(new FieldError("Input_ContactEmail", messages["Organisation.EmailInvalid"]));
        if ((input.ContactPerson?.Trim().Length ?? 0) > 200) errors.Add(new FieldError("Input_ContactPerson", messages["Organisation.TooLong", 200]));
        if ((input.ContactPhone?.Trim().Length ?? 0) > 50) errors.Add(new FieldError("Input_ContactPhone", messages["Organisation.TooLong", 50]));
        if ((input.Sector?.Trim().Length ?? 0) > 200) errors.Add(new FieldError("Input_Sector", messages["Organisation.TooLong", 200]));
        return errors;
    }

    /// <summary>Copies a checked card onto the entry (a new one when null, added to the context); the caller saves.</summary>
    public PartnerOrganisation Apply(PartnerOrganisation? organisation, OrganisationInput input)
    {
        organisation ??= db.PartnerOrganisations.Add(new PartnerOrganisation { Name = "", CreatedAt = today.Now }).Entity;
        organisation.Name = input.Name!.Trim();
        organisation.Network = input.Network;
        organisation.Sector = string.IsNullOrWhiteSpace(input.Sector) ? null : input.Sector.Trim();
        organisation.NeighbourhoodsServed = string.Join('|', input.Served.Distinct().Order(StringComparer.Ordinal));
        organisation.ContactPerson = input.ContactPerson?.Trim() ?? "";
        organisation.ContactEmail = input.ContactEmail?.Trim() ?? "";
        organisation.ContactPhone = input.ContactPhone?.Trim() ?? "";
        return organisation;
    }
}
