using Diagnostic.Web.Pages.Admin.Partners;
using Diagnostic.Web.Pages.Comite.Forum;
using Diagnostic.Web.Pages.Comite.Members;
using Diagnostic.Web.Pages.Comite.Seances;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>The services of the concertation pages: organisations, seats, séances, forum and membership links.</summary>
public static class OrganisationsFeature
{
    public static IServiceCollection AddOrganisationsFeature(this IServiceCollection services)
    {
        services.AddScoped<Today>();
        services.AddScoped<OrganisationTerritory>();
        services.AddScoped<OrganisationResolver>();
        services.AddScoped<OrganisationCards>();
        services.AddScoped<MembershipLinks>();
        services.AddScoped<SeatEditor>();
        services.AddScoped<SeanceFinder>();
        services.AddScoped<SeanceEditor>();
        services.AddScoped<ForumEditor>();
        services.AddScoped<Demo.ConcertationDemoSeeder>();
        return services;
    }
}
