using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Representativeness;
using Diagnostic.Data;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// Who answered against who lives there, per neighbourhood, from the census imported for the collecte: a chart, a
/// table and the gaps of <see cref="GapPoints"/> points or more in local. Respondent figures come from the portrait
/// after suppression. Nothing when the collecte has no census (partners are never compared with it).
/// </summary>
public sealed class RepresentativenessViewComponent(DiagnosticDbContext db, IStringLocalizer<TerritoryPortraitText> local) : ViewComponent
{
    public const double GapPoints = 5;
    private const int MostGaps = 3;

    public async Task<IViewComponentResult> InvokeAsync(CachedPortrait portrait, string neighbourhood)
    {
        var collecte = portrait.Collecte;
        if (collecte.Audience != Audience.Citizen) return Content("");
        if (await CollecteCensuses.LoadAsync(db, collecte, HttpContext.RequestAborted) is not { } census) return Content("");
        var question = collecte.Questionnaire.Sections.SelectMany(s => s.Questions).First(q => q.Id == census.QuestionId);
        var language = Languages.Current;
        var numbers = Numbers.Current;
        var rows = RepresentativenessProfile.For(portrait.Portrait, Audience.Citizen, neighbourhood, question, census, language);
        var minCell = portrait.Portrait.MinCell;
        var portraitText = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PortraitText>>();
        var respondents = new RespondentCountText(new PortraitNumbers(language), portraitText, minCell);
        var count = portrait.Respondents(Audience.Citizen, neighbourhood);
        // The portrait's own words for a hidden figure: « n < 5 », or « masqué » when hidden to protect another unit.
        var hidden = $"n < {minCell}";
        var complement = portraitText["Respondents.Complement"].Value;
        string Hidden(RepresentativenessRow row) => row.Hidden == SuppressionReason.Complement ? complement : hidden;
        var lines = rows.Select(r => new RepresentativenessLine(
            r.Label,
            r.Respondents is { } n ? numbers.Number(n) : Hidden(r),
            r.SampleShare is { } s ? numbers.Percent(s) : Hidden(r),
            r.PopulationShare is { } p ? numbers.Percent(p) : "—")).ToList();
        var gaps = rows.Where(r => r.GapPoints is { } g && Math.Abs(g) >= GapPoints)
            .OrderByDescending(r => Math.Abs(r.GapPoints!.Value)).Take(MostGaps)
            .Select(r => local["Representativeness.Gap", r.Label, numbers.Percent(r.SampleShare!.Value), numbers.Percent(r.PopulationShare!.Value)].Value)
            .ToList();
        var anyShown = rows.Any(r => r.SampleShare is not null);
        var title = local["Representativeness.Title", question.Text.In(language)].Value;
        var svg = RepresentativenessChart.Svg(rows,
            new RepresentativenessChart.Words(title, local["Representativeness.Respondents"], local["Representativeness.Population"], hidden, complement), numbers);
        return View("~/Pages/Portraits/Territory/_Representativeness.cshtml", new RepresentativenessView(
            neighbourhood, title, svg, lines, gaps,
            gaps.Count > 0 ? null
            : anyShown ? local["Representativeness.NoGap", GapPoints].Value
            : count.Reason == SuppressionReason.Complement ? portraitText["Neighbourhood.Complement", collecte.Word(language)].Value
            : local["Representativeness.TooFew", respondents.Count(count)].Value));
    }
}
