namespace Diagnostic.Web.Demo;

/// <summary>The demonstration territory: Shawinigan's secteurs, with round, believable populations.</summary>
public static class DemoTerritory
{
    public const string RegionCode = "04";
    public const string CityCode = "shawinigan";
    public const string NeighbourhoodWord = "secteur";

    public static readonly IReadOnlyList<(string Code, string Name, int Population)> Neighbourhoods =
    [
        ("saint-marc", "Saint-Marc", 5800),
        ("christ-roi", "Christ-Roi", 4900),
        ("grand-mere", "Grand-Mère (Saint-Paul)", 7600),
        ("shawinigan-sud", "Shawinigan-Sud", 11200),
        ("saint-georges", "Saint-Georges", 3900),
        ("lac-a-la-tortue", "Lac-à-la-Tortue", 3400),
    ];
}
