namespace Diagnostic.Web.Pages.Portraits;

public static class PortraitsFeature
{
    /// <summary>The portrait pages: the cached portraits (one per collecte, refreshed with new answers) and who may see them.</summary>
    public static IServiceCollection AddPortraitsFeature(this IServiceCollection services)
    {
        services.AddSingleton<PortraitCache>();
        services.AddScoped<PortraitAccess>();
        services.AddScoped<CompanionReadings>();
        services.AddSingleton<PrintedPortraits>();
        services.AddHostedService<PrintedPortraitRefresher>();
        return services;
    }
}
