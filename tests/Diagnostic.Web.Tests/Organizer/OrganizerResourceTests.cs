using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>The organizer texts exist in French and English, and every key a page asks for is there.</summary>
public sealed partial class OrganizerResourceTests
{
    private static readonly string WebFolder = FindWebFolder();

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", "Admin", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void French_and_english_organizer_texts_have_the_same_keys()
    {
        var french = Keys("OrganizerText.resx");
        var english = Keys("OrganizerText.en.resx");

        Assert.Empty(french.Except(english));
        Assert.Empty(english.Except(french));
    }

    [Fact]
    public void Every_organizer_text_a_page_asks_for_exists()
    {
        var french = Keys("OrganizerText.resx");
        var folders = new[] { "Pages/Admin/Territories", "Pages/Admin/Collectes", "Pages/Kiosk", "Pages/Answer" };
        var used = folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(WebFolder, f), "*.cs*", SearchOption.AllDirectories))
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .Distinct();

        Assert.Empty(used.Except(french));
        Assert.All(new[] { "Draft", "Open", "Closed", "Archived" }, s => Assert.Contains("Status." + s, french));
        Assert.All(new[] { "web", "paper", "kiosk", "import" }, c => Assert.Contains("Channel." + c, french));
    }

    [Fact]
    public void French_organizer_screens_say_collecte_never_session()
    {
        var french = XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", "Admin", "OrganizerText.resx")).Root!
            .Elements("data").Select(d => (string)d.Element("value")!);

        Assert.DoesNotContain(french, text => text.Contains("session", StringComparison.OrdinalIgnoreCase));
    }

    private static string FindWebFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Diagnostic.Web");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Diagnostic.Web not found above the test output folder");
    }

    /// <summary>L["key"], K["key"] (views) and words["key"] (page models) read OrganizerText.</summary>
    [GeneratedRegex("""(?:\bL|\bK|\bwords)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
