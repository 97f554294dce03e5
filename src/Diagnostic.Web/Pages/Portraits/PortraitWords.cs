using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// One vocabulary per audience: a partner portrait speaks of organismes, not of personnes or age groups. A key with a
/// « .Partner » form in PortraitText is read in that form for the partner audience.
/// </summary>
public static class PortraitWords
{
    public static string Key(string key, Audience audience) => audience == Audience.Partner ? key + ".Partner" : key;
}
