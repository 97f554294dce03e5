using Diagnostic.Web.Pages.Comite.Bilan;

namespace Diagnostic.Web.Pages.Comite.Plan;

public static class PlanFeature
{
    /// <summary>The action plan, the bilan, its public summary and the regional view.</summary>
    public static IServiceCollection AddPlanFeature(this IServiceCollection services)
    {
        services.AddScoped<PlanReader>();
        services.AddScoped<BilanReader>();
        services.AddScoped<ReviewRecorder>();
        services.AddScoped<BilanProcess>();
        services.AddScoped<PlanEditor>();
        services.AddScoped<PlanAdopter>();
        services.AddScoped<Demarche.DemarcheScope>();
        services.AddScoped<Demarche.DemarcheEditor>();
        services.AddScoped<Demarche.DemarcheTimeline>();
        services.AddScoped<Region.RegionReader>();
        return services;
    }
}
