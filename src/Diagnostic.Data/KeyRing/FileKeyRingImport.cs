using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Data.KeyRing;

/// <summary>
/// Data-protection keys now live in the database, so every instance shares them. Keys written before that to the
/// file key ring (&lt;data directory&gt;/keys) are copied in at start, so cookies they protected (drafts in progress,
/// sign-ins) stay readable. Each file is imported once, under the name the file system repository gave it.
/// </summary>
public static class FileKeyRingImport
{
    public static string Folder(IConfiguration configuration) => StorageLayout.KeysDirectory(configuration);

    /// <summary>The number of keys (and revocations) copied from the folder; 0 when all were already there.</summary>
    public static async Task<int> ImportAsync(IServiceProvider services, string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder)) return 0;
        var files = Directory.GetFiles(folder, "*.xml");
        if (files.Length == 0) return 0;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two instances starting together must not both copy the same keys: the second waits, then finds them.
        // (SQLite's write transaction already excludes the other writer.)
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"DataProtectionKeys\" IN SHARE ROW EXCLUSIVE MODE", ct);
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name)) continue;
            // The same serialisation as EntityFrameworkCoreXmlRepository.StoreElement.
            var xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = xml });
            added++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return added;
    }
}
