using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Tests.Localization;

public sealed partial class ResourceTests
{
    private static readonly string WebFolder = FindWebFolder();

    [Fact]
    public void French_and_english_resources_have_the_same_keys()
    {
        var french = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");

        Assert.Empty(french.Except(english));
        Assert.Empty(english.Except(french));
    }

    [Fact]
    public void Every_text_a_page_asks_for_exists_in_the_resources()
    {
        var french = Keys("SharedResource.resx");
        var used = Directory.EnumerateFiles(Path.Combine(WebFolder, "Pages"), "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.')) // built keys (Problem.{Kind}, Status.{...}.Title) are checked below
            .Distinct();

        Assert.Empty(used.Except(french));
        Assert.All(Enum.GetNames<Diagnostic.Core.Responses.AnswerProblemKind>(), kind => Assert.Contains("Problem." + kind, french));
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

    [GeneratedRegex("""(?:T|text)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
