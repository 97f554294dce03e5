namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>Indicators of Ville-Test (ville) and its neighbourhoods nord, est, sud, as published: the city's value is its own row.</summary>
internal static class IndicatorData
{
    public const string Valid = """
        neighbourhood,indicator,value,unit,source,year
        ville,Faible revenu,14.2,%,Statistique Canada,2021
        nord,Faible revenu,21.5,%,Statistique Canada,2021
        est,Faible revenu,9.8,%,Statistique Canada,2021
        sud,Faible revenu,12,%,Statistique Canada,2021
        ville,Quintile de défavorisation,3,,INSPQ,2021
        nord,Quintile de défavorisation,5,,INSPQ,2021
        est,Quintile de défavorisation,2,,INSPQ,2021
        sud,Quintile de défavorisation,3,,INSPQ,2021
        """;

    public static string Replace(string line, string with) => Valid.Replace(line, with, StringComparison.Ordinal);
}
