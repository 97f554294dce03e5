using Diagnostic.Data.Sessions;
using Diagnostic.Data.Territories;

namespace Diagnostic.Web.Pages.Admin.Sessions;

/// <summary>The organizer workspace: territories, collectes, posters, participation, paper entry and kiosk.</summary>
public static class SessionsFeature
{
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services)
    {
        services.AddScoped<TerritoryStore>();
        services.AddScoped<CollecteStore>();
        services.AddScoped<ParticipationQuery>();
        services.AddScoped<OrganizerCollectes>();
        return services;
    }
}
