using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>The exchange, partners, privacy and invitation pages have every text in French and in English.</summary>
public sealed partial class ExchangeResourceTests
{
    public static TheoryData<string, string> Features => new()
    {
        { "Resources/Pages/Admin/Exchange/ExchangeText", "Pages/Admin/Exchange" },
        { "Resources/Pages/Admin/Partners/PartnersText", "Pages/Admin/Partners" },
        { "Resources/Pages/Admin/Privacy/PrivacyText", "Pages/Admin/Privacy" },
        { "Resources/Pages/Answer/InvitationText", "Pages/Answer/Invitation" },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Every_text_used_exists_in_french_and_english(string resource, string pages)
    {
        var web = WebFolder();
        var french = Keys(Path.Combine(web, resource + ".resx"));
        var english = Keys(Path.Combine(web, resource + ".en.resx"));
        var folder = Path.Combine(web, pages);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs*")
            : Directory.EnumerateFiles(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + ".cshtml*");
        var used = files.SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.')).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(french));
        Assert.Equal(french.Order(), english.Order());
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    private static string WebFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Diagnostic.Web");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Diagnostic.Web not found above the test output folder");
    }

    [GeneratedRegex("""(?:L|Inv|strings)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
