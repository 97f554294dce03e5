using Diagnostic.Data.Collectes;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Diagnostic.Data;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Abuse;
using Diagnostic.Web.Authorization;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Health;
using Diagnostic.Web.KeyRing;
using Diagnostic.Web.Hosting;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Pages.Admin.Collectes;
using Diagnostic.Web.Pages.Admin.TerritoryData;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite;
using Diagnostic.Web.Pages.Comite.Plan;
using Diagnostic.Web.Pages.Portraits;
using Diagnostic.Web.Questionnaires;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);
// Serve wwwroot from the source tree outside Development too (dotnet run in Production, test hosts);
// a published app has no such manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();
builder.AddProductionHosting();

builder.Services.AddDiagnosticDatabase(builder.Configuration);
builder.Services.AddAnalysisOptions(builder.Configuration);
builder.Services.AddSharedKeyRing();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOptions<QuestionnaireOptions>().BindConfiguration(QuestionnaireOptions.Section).ValidateOnStart();
builder.Services.AddOptions<DemoSettings>().BindConfiguration(DemoSettings.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<QuestionnaireLibrary>();
builder.Services.AddSingleton(SnapshotQuestionnaires.Shared);
builder.Services.AddSingleton<DraftCookie>();
builder.Services.AddScoped<CollecteLoader>();
builder.Services.AddSingleton<CollecteShapes>();
builder.Services.AddSingleton<CollecteRows>();
builder.Services.AddScoped<ResponseStore>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddPortraitsFeature();
builder.Services.AddDiagnosticCompression();
builder.Services.AddScoped<ComiteDemoSeeder>();
builder.Services.AddPlanFeature();
builder.Services.AddExchangeFeature(builder.Configuration);
builder.Services.AddCollectesFeature();
builder.Services.AddTerritoryDataFeature();
builder.Services.AddDiagnosticLocalization();
builder.Services.AddAccountsFeature();
builder.Services.AddComiteFeature();
builder.Services.AddAbuseFeature();
builder.Services.AddRazorPages().AddViewLocalization();
// French text stays readable in the HTML source (é, not &#xE9;); encoding of <, >, & and quotes is unchanged.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();
app.UseProductionHosting();

await DiagnosticDatabase.MigrateAsync(app.Services);
await app.ImportFileKeyRingAsync();
app.Services.GetRequiredService<QuestionnaireLibrary>().Load();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEnabledAsync(CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<ComiteDemoSeeder>().SeedIfEnabledAsync(CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<ConcertationDemoSeeder>().SeedIfEnabledAsync(CancellationToken.None);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseDiagnosticCompression();
app.UseStatusCodePagesWithReExecute("/erreur/{0}");
app.UseRouting();
app.UseAllowedMethods();
app.UseAbuseGuards();
app.UseAuthentication();
app.UseAuthorization();
app.UseRequestLocalization();
app.UseLanguageCookie();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealth();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
