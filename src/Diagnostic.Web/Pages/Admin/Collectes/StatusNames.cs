using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>Resource keys of a collecte's status and of the action that leads to each status.</summary>
public static class StatusNames
{
    public static string Key(CollecteStatus status) => "Status." + status;

    public static string ActionKey(CollecteStatus target) => "Action." + target;
}
