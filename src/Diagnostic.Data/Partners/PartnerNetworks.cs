using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Partners;

/// <summary>The French codes of the networks, as written in the CSV and shown on screen.</summary>
public static class PartnerNetworks
{
    public static readonly IReadOnlyDictionary<PartnerNetwork, string> Codes = new Dictionary<PartnerNetwork, string>
    {
        [PartnerNetwork.Communautaire] = "communautaire",
        [PartnerNetwork.Institutionnel] = "institutionnel",
        [PartnerNetwork.Municipal] = "municipal",
        [PartnerNetwork.Scolaire] = "scolaire",
        [PartnerNetwork.Sante] = "santé",
        [PartnerNetwork.Philanthropique] = "philanthropique",
        [PartnerNetwork.Prive] = "privé",
    };

    public static string Code(this PartnerNetwork network) => Codes[network];

    /// <summary>Accepts the codes with or without accents, any case.</summary>
    public static bool TryParse(string text, out PartnerNetwork network)
    {
        var wanted = Plain(text.Trim());
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
