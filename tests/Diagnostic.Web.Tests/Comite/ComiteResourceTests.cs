using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>The comité pages' strings: French and English hold the same keys, and every key a page asks for exists.</summary>
public sealed partial class ComiteResourceTests
{
    private static readonly string WebFolder = FindWebFolder();

    [Fact]
    public void French_and_english_have_the_same_keys()
    {
        Assert.Equal(Keys("ComiteText.resx").Order(), Keys("ComiteText.en.resx").Order());
    }

    [Fact]
    public void Every_key_the_comite_pages_ask_for_exists_including_those_built_from_enums()
    {
        var french = Keys("ComiteText.resx");
        var used = Directory.EnumerateFiles(Path.Combine(WebFolder, "Pages", "Comite"), "*.cs*")
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .Distinct();
        var built = Enum.GetNames<Criterion>().Select(n => "Criterion." + n)
            .Concat(Enum.GetNames<VotingRoundKind>().Select(n => "RoundKind." + n))
            .Concat(Enum.GetNames<SeanceKind>().Select(n => "SeanceKind." + n))
            .Concat(Enum.GetNames<CandidateOrigin>().Select(n => "CandidateOrigin." + n))
            .Concat(Enum.GetNames<TargetDirection>().Select(n => "Direction." + n));

        Assert.Empty(used.Concat(built).Except(french));
    }

    [Fact]
    public void French_screens_say_collecte_never_session()
    {
        var values = XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", "Comite", "ComiteText.resx"))
            .Descendants("value").Select(v => v.Value);

        Assert.DoesNotContain(values, v => v.Contains("session", StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Resources", "Pages", "Comite", file))
            .Descendants("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

    private static string FindWebFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Diagnostic.Web");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Diagnostic.Web not found above the test output folder");
    }

    [GeneratedRegex("""(?:\bL|strings)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
