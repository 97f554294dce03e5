using System.Globalization;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// How every reader loads a whole collecte (answer pages, organizer pages, exchange, portraits): one include chain, and
/// its neighbourhoods in the one reading order people expect (French, accents and case ignored).
/// </summary>
public static class CollecteLoading
{
    /// <summary>Place names as a Québec reader sorts them: « École » beside « Ecole », « île » before « Jardins ».</summary>
    public static StringComparer NameOrder { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("fr"), ignoreCase: true);

    /// <summary>The collecte with its territory, questionnaire snapshot and neighbourhoods (with their territories).</summary>
    public static IQueryable<Collecte> Whole(this IQueryable<Collecte> collectes) => collectes
        .Include(s => s.Territory)
        .Include(s => s.Snapshot)
        .Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory);
}
