using Diagnostic.Core.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Data;

/// <summary>
/// The one way <see cref="AnalysisOptions"/> (MinCell) enters the web app and the CLI: bound from the "Analysis"
/// section and validated when the host starts, so a bad setting stops the start instead of hiding or showing too much.
/// </summary>
public static class AnalysisSettings
{
    public static IServiceCollection AddAnalysisOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalysisOptions>()
            .Bind(configuration.GetSection(AnalysisOptions.SectionName))
            .Validate(o => o.IsValid, AnalysisOptions.MinCellRule)
            .ValidateOnStart();
        return services;
    }
}
