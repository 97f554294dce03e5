using System.Net;
using Diagnostic.Data;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// Data-protection keys live in the database; the file key ring of earlier versions (&lt;data directory&gt;/keys) is
/// imported at start, so a draft begun before the upgrade can still be continued after it.
/// </summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private const string DraftPurpose = "Diagnostic.Answer.Draft.v1";
    private readonly DiagnosticWebFactory factory = new();
    private readonly string elsewhere = Directory.CreateTempSubdirectory("diagnostic-other-keys").FullName;

    /// <summary>The data protection of earlier versions: the same application name, keys in files.</summary>
    private static IDataProtectionProvider FileKeyRing(string keys) => new ServiceCollection()
        .AddDataProtection().SetApplicationName("Diagnostic").PersistKeysToFileSystem(new DirectoryInfo(keys)).Services
        .BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();

    [Fact]
    public async Task A_draft_cookie_issued_with_the_file_key_ring_is_still_read_after_the_switch_to_database_keys()
    {
        var legacy = FileKeyRing(Path.Combine(factory.DataDirectory, "keys")).CreateProtector(DraftPurpose);
        legacy.Protect("creates the key file before the upgraded app starts");
        var stranger = FileKeyRing(elsewhere).CreateProtector(DraftPurpose);
        await factory.SeedAsync();
        var (publicId, resumeCode) = await StartDraftAsync();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var before = await StepOneAsync(client, legacy.Protect(publicId + "|" + resumeCode));
        var forged = await StepOneAsync(client, stranger.Protect(publicId + "|" + resumeCode));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains(ResumeCode.Display(resumeCode), WebUtility.HtmlDecode(await before.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode); // a key the app never had: back to the welcome page
        var stored = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync());
        var files = Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys"), "key-*.xml").Select(Path.GetFileNameWithoutExtension);
        Assert.Subset(stored.ToHashSet(), files.ToHashSet());
    }

    [Fact]
    public async Task Importing_the_file_key_ring_again_adds_nothing()
    {
        FileKeyRing(Path.Combine(factory.DataDirectory, "keys")).CreateProtector(DraftPurpose).Protect("a key file");
        _ = factory.Services; // the app starts and imports
        var folder = Path.Combine(factory.DataDirectory, "keys");

        var again = await Diagnostic.Data.KeyRing.FileKeyRingImport.ImportAsync(factory.Services, folder);

        Assert.Equal(0, again);
        var names = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync());
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains(names, n => n!.StartsWith("key-", StringComparison.Ordinal));
    }

    private Task<(string PublicId, string ResumeCode)> StartDraftAsync() => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(c => c.Snapshot).SingleAsync(c => c.PublicCode == DiagnosticWebFactory.OpenCode);
        var store = new ResponseStore(db, TimeProvider.System);
        var (draft, code) = await store.StartAsync(collecte, collecte.Snapshot!.Hash, "fr", default, neighbourhoodCode: "nord");
        return (draft.PublicId, code);
    });

    private static async Task<HttpResponseMessage> StepOneAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{DiagnosticWebFactory.OpenCode}/etape/1");
        request.Headers.Add("Cookie", $"diag-brouillon-{DiagnosticWebFactory.OpenCode}={cookie}");
        return await client.SendAsync(request);
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(elsewhere, recursive: true);
    }
}
