using System.IO.Compression;

namespace Diagnostic.Cli.Backups;

/// <summary>
/// A backup is a zip holding `diagnostic.db` (a consistent SQLite copy) and `keys/*.xml` (the data-protection key
/// ring, without which sign-in cookies and citizens' saved drafts could not be read after a restore).
/// </summary>
internal static class BackupArchive
{
    public const string DatabaseEntry = "diagnostic.db";
    public const string KeysFolder = "keys/";

    public static bool IsKeyEntry(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith(KeysFolder, StringComparison.Ordinal) && IsPlainFileName(entry.FullName[KeysFolder.Length..]);

    /// <summary>A key file name with no folder part, so a crafted archive cannot write outside the keys folder.</summary>
    private static bool IsPlainFileName(string name) =>
        name.Length > 0 && name == Path.GetFileName(name) && !name.Contains('\\') && name is not ("." or "..")
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
