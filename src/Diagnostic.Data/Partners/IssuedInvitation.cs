namespace Diagnostic.Data.Partners;

/// <summary>A freshly generated invitation with its clear code, which exists only in this object (shown once).</summary>
public sealed record IssuedInvitation(int Id, string Organisation, string Code)
{
    public string DisplayCode => InvitationCode.Display(Code);
}
