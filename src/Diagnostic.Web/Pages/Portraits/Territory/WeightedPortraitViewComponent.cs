using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// The switch « pondéré selon le recensement » of a portrait page, off by default (?pondere=1 turns it on), and the
/// weighted figures when on. Nothing at all when the collecte has no census file.
/// </summary>
public sealed class WeightedPortraitViewComponent(
    WeightedPortraits weighted, IStringLocalizer<TerritoryPortraitText> local, IStringLocalizer<Admin.TerritoryData.TerritoryDataText> problems) : ViewComponent
{
    public const string Query = "pondere";

    public async Task<IViewComponentResult> InvokeAsync(CachedPortrait portrait, string neighbourhood)
    {
        Core.Analysis.Weighting.WeightedPortraitResult? result;
        try
        {
            result = await weighted.GetAsync(portrait, HttpContext.RequestAborted);
        }
        catch (PortraitMovedException)
        {
            return Content("");
        }
        if (result is null) return Content("");
        var on = Request.Query[Query] == "1";
        var view = WeightedViews.Build(portrait, result, neighbourhood, on, Request.Path, Languages.Current, local, problems);
        return View("~/Pages/Portraits/Territory/_Weighted.cshtml", view);
    }
}
