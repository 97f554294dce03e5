using System.Xml.Linq;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>The charts' words live in resource files like the pages' words, in French and in English.</summary>
public class ChartTextTests
{
    [Fact]
    public void Every_chart_word_has_a_french_and_an_english_text()
    {
        var french = Keys("ChartText.resx");
        var english = Keys("ChartText.en.resx");

        Assert.NotEmpty(french);
        Assert.Equal(french.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_language_reads_its_own_words()
    {
        Assert.Equal(("Part des réponses", "Share of answers"), (ChartLanguage.French.ShareAxis, ChartLanguage.English.ShareAxis));
        Assert.Equal(("Réalisée", "Done"), (ScheduleChartLanguage.French.Status(ActionStatus.Done), ScheduleChartLanguage.English.Status(ActionStatus.Done)));
        Assert.Equal(("déc.", "Dec"), (ScheduleChartLanguage.French.Months[11], ScheduleChartLanguage.English.Months[11]));
        Assert.Equal(("Collecte", "Collection"), (IndicatorTrendChartLanguage.French.CollecteHeader, IndicatorTrendChartLanguage.English.CollecteHeader));
    }

    private static List<string> Keys(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "Diagnostic.Core", "Charts", file);
            if (File.Exists(path)) return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        }
        throw new FileNotFoundException(file);
    }
}
