using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>A cycle as the signed-in person may use it: whether she runs the comité, and her membership if she sits on it.</summary>
public sealed record CycleScope(ComiteCycle Cycle, string ComiteName, string TerritoryName, bool IsOrganizer, ComiteMember? Member)
{
    public int ComiteId => Cycle.ComiteId;

    /// <summary>Members and organisatrices record the year's decisions; a closed year takes no change from anyone.</summary>
    public bool CanDecide => !Cycle.IsClosed && (IsOrganizer || Member is not null);

    public bool CanManage => !Cycle.IsClosed && IsOrganizer;
}
