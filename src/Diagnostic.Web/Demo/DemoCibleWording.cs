using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Demo;

/// <summary>
/// The demo cibles as a comité writes them (« Renforcer le sentiment d'appartenance au quartier »), not the
/// questionnaire's first-person section titles (« Améliorer : Mon attachement au quartier »).
/// </summary>
public static class DemoCibleWording
{
    private static readonly Dictionary<string, string> ByDimension = new(StringComparer.Ordinal)
    {
        ["appartenance"] = "Renforcer le sentiment d'appartenance au quartier",
        ["liens_sociaux"] = "Multiplier les occasions de rencontre et d'entraide entre voisins",
        ["participation"] = "Amener plus de gens à participer à la vie du quartier",
        ["capacite_agir"] = "Donner aux gens les moyens d'agir ensemble",
        ["services"] = "Rapprocher les services des gens",
        ["cadre_vie"] = "Améliorer la sécurité et le cadre de vie",
        ["inclusion"] = "Mieux accueillir et soutenir les personnes à faible revenu",
        ["information"] = "Mieux informer les gens de ce qui se passe dans le quartier",
    };

    /// <summary>The comité's wording for a dimension; another questionnaire's dimension gets a neutral « Agir sur … ».</summary>
    public static string For(Section dimension) =>
        ByDimension.TryGetValue(dimension.Id, out var wording) ? wording : "Agir sur : " + dimension.Title.Fr.ToLowerInvariant();
}
