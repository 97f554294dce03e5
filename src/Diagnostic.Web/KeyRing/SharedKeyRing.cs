using Diagnostic.Data;
using Diagnostic.Data.KeyRing;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.DataProtection;

namespace Diagnostic.Web.KeyRing;

/// <summary>
/// Data protection (draft cookies, sign-in, antiforgery) with its keys in the database, so several instances behind
/// one address read each other's cookies; the former file key ring is imported at start.
/// </summary>
public static class SharedKeyRing
{
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("Diagnostic")
            .PersistKeysToDbContext<DiagnosticDbContext>();
        return services.AddRememberingProtectors(RememberingProtectors.AntiforgeryPurpose, DraftCookie.Purpose);
    }

    /// <summary>After the migrations, before the first request reads the key ring.</summary>
    public static Task ImportFileKeyRingAsync(this WebApplication app) =>
        FileKeyRingImport.ImportAsync(app.Services, FileKeyRingImport.Folder(app.Configuration));
}
