using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Diagnostic.Web.Tests.Portraits;

public sealed partial class PortraitTextTests
{
    private static readonly string WebFolder = FindWebFolder();

    [Fact]
    public void Every_portrait_text_exists_in_french_and_in_english()
    {
        var french = Keys("PortraitText.resx");
        var english = Keys("PortraitText.en.resx");
        // P[…] and words[…] in the portrait pages; Portraits[…] where other pages link to portraits.
        var pages = Directory.EnumerateFiles(Path.Combine(WebFolder, "Pages"), "*.cs*", SearchOption.AllDirectories);
        var used = pages.SelectMany(file => (file.Contains($"{Path.DirectorySeparatorChar}Portraits{Path.DirectorySeparatorChar}") ? PortraitKey() : LinkKey())
                .Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.')) // Audience.{code} is checked below
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(french));
        Assert.Equal(french.Order(), english.Order());
        Assert.Contains("Audience.citizen", french);
        Assert.Contains("Audience.partner", french);
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", "Portraits", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();

    private static string FindWebFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Diagnostic.Web");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Diagnostic.Web not found above the test output folder");
    }

    [GeneratedRegex("""(?:\bP|\bwords)\["([A-Za-z.]+)""")]
    private static partial Regex PortraitKey();

    [GeneratedRegex("""\bPortraits\["([A-Za-z.]+)""")]
    private static partial Regex LinkKey();
}
