namespace Diagnostic.Data.Partners;

/// <summary>Where an organisation stands with its invitation — never what it answered.</summary>
public enum InvitationStatus
{
    NotUsed,
    Started,
    Answered,
    Revoked,
}
