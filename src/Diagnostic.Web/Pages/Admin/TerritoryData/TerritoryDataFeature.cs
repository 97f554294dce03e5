using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Pages.Portraits.Territory;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

public static class TerritoryDataFeature
{
    /// <summary>Territory data beside the survey: census for weighting, indicators, neighbourhood boundaries; their imports and portrait views.</summary>
    public static IServiceCollection AddTerritoryDataFeature(this IServiceCollection services)
    {
        services.AddScoped<CollecteCensusStore>();
        services.AddScoped<IndicatorStore>();
        services.AddScoped<BoundaryStore>();
        services.AddScoped<TerritoryMaps>();
        services.AddSingleton<WeightedPortraits>();
        return services;
    }
}
