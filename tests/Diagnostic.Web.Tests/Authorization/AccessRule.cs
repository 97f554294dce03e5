namespace Diagnostic.Web.Tests.Authorization;

/// <summary>Who may open the pages under a route prefix.</summary>
public enum AccessRule
{
    /// <summary>Anyone, signed in or not (citizens never have accounts).</summary>
    Public,

    /// <summary>Any signed-in account, whatever its role.</summary>
    SignedIn,

    /// <summary>Policy Committee: admin, organisatrice, comite.</summary>
    Committee,

    /// <summary>Policy Organizer: admin, organisatrice.</summary>
    Organizer,

    /// <summary>Policy Admin: admin only.</summary>
    Admin,

    /// <summary>
    /// A file a page loads (a chart's drawing): who may read the page gets it, anyone else a plain 404, never a sign-in
    /// redirect; the checks by role are in the feature's own tests (PortraitChartDeliveryTests).
    /// </summary>
    FileOr404,
}
