namespace Diagnostic.Data.Entities;

/// <summary>A partner's support for an action, with what it brings: people, money and/or space.</summary>
public sealed class ActionCommitment
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public PlanAction? Action { get; set; }
    public required string PartnerName { get; set; }

    /// <summary>The organisation in the directory (PartnerName keeps its name as written then).</summary>
    public int? OrganisationId { get; set; }
    public PartnerOrganisation? Organisation { get; set; }

    /// <summary>People lent, in the partner's words (« 2 intervenantes, 4 h par semaine »).</summary>
    public string People { get; set; } = "";

    /// <summary>Dollars committed, if any.</summary>
    public decimal? Money { get; set; }

    /// <summary>A room or place lent (« salle du sous-sol de l'église »).</summary>
    public string Space { get; set; } = "";

    /// <summary>Citizens commit themselves (a citizens' committee, volunteers), which an action requiring citizens needs.</summary>
    public bool ByCitizens { get; set; }

    /// <summary>The commitment of an earlier year this copy carries forward with its activité, if any (the original stays there).</summary>
    public int? CarriedFromId { get; set; }
    public ActionCommitment? CarriedFrom { get; set; }
}
