using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Diagnostic.Web.Tests.Accounts;

public sealed partial class AccountResourcesTests
{
    private static readonly string WebFolder = FindWebFolder();

    /// <summary>Resource file (without .resx) → the page folders whose views use it through L["..."].</summary>
    public static TheoryData<string, string[]> Features => new()
    {
        { "Pages/Account/AccountText", ["Pages/Account", "Pages/Admin/Index.cshtml", "Pages/Shared/_AccountMenu.cshtml"] },
        { "Pages/Admin/Users/UsersText", ["Pages/Admin/Users"] },
        { "Pages/Admin/Audit/AuditText", ["Pages/Admin/Audit"] },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Every_text_of_the_staff_pages_exists_in_french_and_in_english(string resource, string[] users)
    {
        var french = Keys(resource + ".resx");
        var english = Keys(resource + ".en.resx");
        var used = users.SelectMany(Files)
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .ToHashSet();

        Assert.Equal(french.Order(), english.Order());
        Assert.Empty(used.Except(french));
        Assert.NotEmpty(used);
    }

    private static IEnumerable<string> Files(string path)
    {
        var full = Path.Combine(WebFolder, path);
        return File.Exists(full) ? [full] : Directory.EnumerateFiles(full, "*.cs*", SearchOption.AllDirectories);
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", file)).Root!.Elements("data")
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

    [GeneratedRegex("""\bL\["([A-Za-z.]+)"\]""")]
    private static partial Regex UsedKey();
}
