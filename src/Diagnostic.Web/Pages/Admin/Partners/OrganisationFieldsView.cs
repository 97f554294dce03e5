namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>The organisation card's fields, shared by the directory page and the membership form.</summary>
public sealed record OrganisationFieldsView(OrganisationInput Input, IReadOnlyList<EditModel.TerritoryOption> Territories);
