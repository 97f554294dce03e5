using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>The territory's choropleth on a portrait page, the measure chosen with ?carte=; nothing without boundaries.</summary>
public sealed class MapViewComponent(TerritoryMaps maps) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CachedPortrait portrait, bool picker)
    {
        var view = await maps.BuildAsync(portrait, Request.Query[TerritoryMaps.Query], HttpContext.RequestAborted);
        if (view is null) return Content("");
        ViewData["Picker"] = picker;
        ViewData["Word"] = portrait.Collecte.Word(Diagnostic.Web.Localization.Languages.Current);
        return View("~/Pages/Portraits/Territory/_Map.cshtml", view);
    }
}
