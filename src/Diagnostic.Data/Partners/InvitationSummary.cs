namespace Diagnostic.Data.Partners;

/// <summary>One invitation of a collecte as the organizer sees it.</summary>
public sealed record InvitationSummary(int Id, string Organisation, DateTimeOffset CreatedAt, InvitationStatus Status);
