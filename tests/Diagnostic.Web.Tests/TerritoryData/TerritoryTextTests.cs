using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>Every word the territory-data pages and portrait parts ask for exists in French and in English.</summary>
public sealed partial class TerritoryTextTests
{
    private static readonly string WebFolder = FindWebFolder();

    [Theory]
    [InlineData("Portraits/Territory/TerritoryPortraitText", "Pages/Portraits/Territory", "")]
    [InlineData("Admin/TerritoryData/TerritoryDataText", "Pages/Admin/TerritoryData", "Pages/Admin/Collectes/Detail.cshtml")]
    public void Every_text_exists_in_french_and_in_english(string resource, string folder, string linkingPage)
    {
        var french = Keys(resource + ".resx");
        var english = Keys(resource + ".en.resx");
        var used = Directory.EnumerateFiles(Path.Combine(WebFolder, folder), "*.cs*", SearchOption.AllDirectories)
            .Concat(linkingPage.Length > 0 ? [Path.Combine(WebFolder, linkingPage)] : [])
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(french));
        Assert.Equal(french.Order(), english.Order());
    }

    /// <summary>Core names each refused-file problem by kind; the pages word every kind, and every reason NetTopologySuite gives.</summary>
    [Fact]
    public void Every_data_file_problem_is_worded_in_french_and_in_english()
    {
        var expected = Enum.GetNames<Diagnostic.Core.DataFiles.DataFileProblem>().Select(k => "Problem." + k)
            .Concat(Enum.GetNames<NetTopologySuite.Operation.Valid.TopologyValidationErrors>()
                .Where(n => n != nameof(NetTopologySuite.Operation.Valid.TopologyValidationErrors.NoInvalidIntersection))
                .Select(n => "Polygon." + n))
            .Append("Polygon.Other")
            .ToList();

        foreach (var file in new[] { "Admin/TerritoryData/TerritoryDataText.resx", "Admin/TerritoryData/TerritoryDataText.en.resx" })
        {
            Assert.Empty(expected.Except(Keys(file)));
        }
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    private static string FindWebFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Diagnostic.Web");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Diagnostic.Web not found above the test output folder");
    }

    [GeneratedRegex("""(?:\bTx|\blocal|\bD|\bwords)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
