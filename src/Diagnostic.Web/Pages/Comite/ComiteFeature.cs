using Diagnostic.Web.Pages.Comite.Cibles;
using Diagnostic.Web.Pages.Comite.Candidates;
using Diagnostic.Web.Pages.Comite.Cycles;
using Diagnostic.Web.Pages.Comite.Organisations;
using Diagnostic.Web.Pages.Comite.Rounds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>The comité pages' services: access, ballots, results, portraits for candidates and baselines.</summary>
public static class ComiteFeature
{
    public static IServiceCollection AddComiteFeature(this IServiceCollection services)
    {
        services.AddScoped<ComiteAccess>();
        services.AddScoped<ComiteTerritories>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<RoundLoader>();
        services.AddScoped<BallotBox>();
        services.AddScoped<RoundResults>();
        services.AddScoped<PaperDots>();
        services.AddScoped<CollectePortraits>();
        services.AddScoped<CandidateImport>();
        services.AddScoped<CibleRecorder>();
        services.AddScoped<ClosedYearFilter>();
        services.AddScoped<ComiteEditor>();
        services.AddScoped<CycleEditor>();
        services.AddScoped<CarryProposals>();
        services.AddScoped<CarryForward>();
        services.AddScoped<RoundEditor>();
        services.AddOrganisationsFeature();
        // PostConfigure, as the access conventions are: conventions added by a plain Configure here were not applied.
        services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AddFolderApplicationModelConvention(
            "/Comite", page => page.Filters.Add(new ServiceFilterAttribute(typeof(ClosedYearFilter)))));
        return services;
    }
}
