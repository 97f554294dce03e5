namespace Diagnostic.Core.Tests.Charts;

/// <summary>Rendered charts kept under the test output folder, to be looked at by a person.</summary>
internal static class ChartArtifacts
{
    public static string Folder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "charts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static void Save(string name, byte[] png) => File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png);

    public static void Save(string name, string svg) => File.WriteAllText(Path.Combine(Folder, name + ".svg"), svg);
}
