using System.Globalization;
using System.Resources;

namespace Diagnostic.Core.Charts;

/// <summary>The charts' own words in one culture, read from ChartText.resx (French) or its English satellite.</summary>
internal sealed class ChartWords(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Diagnostic.Core.Charts.ChartText", typeof(ChartWords).Assembly);

    public CultureInfo Culture { get; } = culture;

    /// <summary>A missing word is a bug of the resource files, not something to draw around.</summary>
    public string Get(string key) =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"ChartText has no '{key}' for {Culture.Name}");
}
