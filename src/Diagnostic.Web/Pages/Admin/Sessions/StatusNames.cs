using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>Resource keys of a collecte's status and of the action that leads to each status.</summary>
public static class StatusNames
{
    public static string Key(SessionStatus status) => "Status." + status;

    public static string ActionKey(SessionStatus target) => "Action." + target;
}
