using Diagnostic.Data;
using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The imported indicators of a neighbourhood, beside the survey figures of its portrait, each with the territory's
/// value; nothing when the territory has none.
/// </summary>
public sealed class IndicatorsViewComponent(DiagnosticDbContext db, IndicatorStore store) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CachedPortrait portrait, string neighbourhood)
    {
        var collecte = portrait.Collecte;
        if (collecte.Find(neighbourhood) is not { } hood) return Content("");
        var cancellationToken = HttpContext.RequestAborted;
        var hoodId = await db.Territories.Where(t => t.Code == neighbourhood).Select(t => t.Id).SingleAsync(cancellationToken);
        var indicators = await store.ForAsync([hoodId, collecte.TerritoryId], cancellationToken);
        if (!indicators[hoodId].Any()) return Content("");
        var numbers = Numbers.Current;
        var territory = indicators[collecte.TerritoryId].ToDictionary(i => i.Indicator, StringComparer.Ordinal);
        var lines = indicators[hoodId].Select(i => new IndicatorLine(
            i.Indicator,
            IndicatorText.Value(numbers, i.Value, i.Unit),
            territory.TryGetValue(i.Indicator, out var t) ? IndicatorText.Value(numbers, t.Value, t.Unit) : "—",
            $"{i.Source}, {i.Year}")).ToList();
        return View("~/Pages/Portraits/Territory/_Indicators.cshtml", new IndicatorsView(hood.Code, hood.Name, collecte.TerritoryName, lines));
    }
}
