using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Partners;

/// <summary>The French codes of the réseaux, as written in the CSV.</summary>
public static class PartnerNetworks
{
    public static readonly IReadOnlyDictionary<PartnerNetwork, string> Codes = new Dictionary<PartnerNetwork, string>
    {
        [PartnerNetwork.Communautaire] = "communautaire",
        [PartnerNetwork.Sante] = "santé",
        [PartnerNetwork.Scolaire] = "scolaire",
        [PartnerNetwork.Municipal] = "municipal",
        [PartnerNetwork.Economique] = "économique",
        [PartnerNetwork.Philanthropique] = "philanthropique",
        [PartnerNetwork.Citoyen] = "citoyen",
    };

    public static string Code(this PartnerNetwork network) => Codes[network];

    /// <summary>Accepts the codes with or without accents, any case; « privé », the former code, reads as économique.</summary>
    public static bool TryParse(string text, out PartnerNetwork network)
    {
        var wanted = Plain(text.Trim());
        if (wanted == "prive")
        {
            network = PartnerNetwork.Economique;
            return true;
        }
        foreach (var (value, code) in Codes)
        {
            if (Plain(code) == wanted)
            {
                network = value;
                return true;
            }
        }
        network = default;
        return false;
    }

    private static string Plain(string text) =>
        text.ToLowerInvariant().Replace('é', 'e');
}
