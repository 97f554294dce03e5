using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Audit;

/// <summary>How the audit log reads to an admin: each action in words, each time as an instant to show in Québec time.</summary>
public static class AuditWords
{
    /// <summary>The action's words (« Collecte ouverte »); an action written by an older version keeps its code.</summary>
    public static string Action(IStringLocalizer<AuditText> words, string action)
    {
        var worded = words["Action." + action];
        return worded.ResourceNotFound ? action : worded.Value;
    }

    /// <summary>The stored time is UTC whatever the provider hands back.</summary>
    public static DateTimeOffset Instant(DateTime atUtc) => new(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
}
