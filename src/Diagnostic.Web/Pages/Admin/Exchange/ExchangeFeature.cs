using Diagnostic.Data.Exchange;
using Diagnostic.Data.Partners;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Retention;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>Export, import, partners and privacy (retention, deletion): the services of these pages and the daily job.</summary>
public static class ExchangeFeature
{
    public static IServiceCollection AddExchangeFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ResponseExporter>();
        services.AddScoped<ResponseImporter>();
        services.AddScoped<RetentionService>();
        services.AddScoped<CollecteDeletion>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<PartnerInvitations>();
        services.AddScoped<AdminCollectes>();
        services.AddSingleton<InvitationPass>();
        services.AddSingleton<PendingImports>();
        services.AddOptions<RetentionSettings>().BindConfiguration(RetentionSettings.Section);
        if (configuration.GetValue(RetentionSettings.Section + ":Enabled", true)) services.AddHostedService<RetentionWorker>();
        return services;
    }
}
