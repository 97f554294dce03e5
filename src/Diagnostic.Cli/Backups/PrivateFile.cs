using System.IO.Compression;

namespace Diagnostic.Cli.Backups;

/// <summary>
/// Files that hold a whole database and the key ring (raw answers, staff emails, what signs sessions): created readable
/// by their owner only (0600 on Linux), not with the default mode that lets every user of the machine read them.
/// </summary>
internal static class PrivateFile
{
    private static readonly FileStreamOptions NewPrivate = Options();

    private static FileStreamOptions Options()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite };
        // Windows has no such mode: a file there inherits its folder's access list.
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    /// <summary>An empty private file, for SQLite to write a copy into (it keeps the file's mode).</summary>
    public static void CreateEmpty(string path) => new FileStream(path, NewPrivate).Dispose();

    /// <summary>A new private zip archive.</summary>
    public static ZipArchive CreateZip(string path) => new(new FileStream(path, NewPrivate), ZipArchiveMode.Create);

    /// <summary>A new folder only its owner can enter, under the temporary folder.</summary>
    public static string CreateTempFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;
}
