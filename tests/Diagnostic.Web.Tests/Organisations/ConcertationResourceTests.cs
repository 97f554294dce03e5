using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>The concertation pages' texts (ConcertationText): French and English hold the same keys, every key asked for exists.</summary>
public sealed partial class ConcertationResourceTests
{
    private static readonly string[] Folders =
        ["Pages/Comite/Members", "Pages/Comite/Organisations", "Pages/Comite/Seances", "Pages/Comite/Forum", "Pages/ForumTables", "Pages/Adhesion",
         "Pages/Admin/Partners", "Pages/Comite/Details.cshtml", "Pages/Comite/Index.cshtml"];

    [Fact]
    public void Every_key_used_exists_in_french_and_english_including_those_built_from_enums()
    {
        var web = WebFolder();
        var french = Keys(Path.Combine(web, "Resources/Pages/Comite/Organisations/ConcertationText.resx"));
        var english = Keys(Path.Combine(web, "Resources/Pages/Comite/Organisations/ConcertationText.en.resx"));
        var used = Folders.SelectMany(f => Directory.Exists(Path.Combine(web, f)) ? Directory.EnumerateFiles(Path.Combine(web, f), "*.cs*") : [Path.Combine(web, f)])
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .Concat(Enum.GetNames<ComiteKind>().Select(n => "ComiteKind." + n))
            .Concat(Enum.GetNames<Presence>().Select(n => "Presence." + n))
            .Distinct().ToList();

        Assert.True(used.Count > 100, $"only {used.Count} keys found: the pattern no longer matches the pages");
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

    [GeneratedRegex("""(?:\bC|\bmessages)\["([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
