using Diagnostic.Data.Collectes;
using Diagnostic.Data.Territories;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>The organizer workspace: territories, collectes, posters, participation, paper entry and kiosk.</summary>
public static class CollectesFeature
{
    public static IServiceCollection AddCollectesFeature(this IServiceCollection services)
    {
        services.AddScoped<TerritoryStore>();
        services.AddScoped<CollecteStore>();
        services.AddScoped<ParticipationQuery>();
        services.AddScoped<OrganizerCollectes>();
        services.AddSingleton<PublicLinks>();
        return services;
    }
}
