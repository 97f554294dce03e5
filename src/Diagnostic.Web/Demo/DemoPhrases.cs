namespace Diagnostic.Web.Demo;

/// <summary>Short, plausible answers to open questions, so demo portraits and moderation screens look real.</summary>
internal static class DemoPhrases
{
    public static readonly string[] French =
    [
        "Les parcs et la piste cyclable",
        "L'entraide entre voisins",
        "Les organismes communautaires",
        "Plus de logements abordables",
        "Un marché public l'été",
        "La bibliothèque",
        "Plus d'autobus le soir et la fin de semaine",
        "Ralentir la circulation près des écoles",
        "Des activités pour les jeunes",
        "Une épicerie plus proche",
        "Mieux éclairer les rues le soir",
        "Les fêtes de quartier",
        "Le calme et les arbres",
        "Un lieu pour se rencontrer entre aînés",
        "Mieux informer les nouveaux arrivants",
    ];

    public static readonly string[] English =
    [
        "The parks and the bike path",
        "Neighbours helping each other",
        "More affordable housing",
        "More buses in the evening",
        "Activities for young people",
        "A grocery store closer to home",
    ];
}
