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
        services.AddScoped<TargetDecision>();
        return services;
    }
}
