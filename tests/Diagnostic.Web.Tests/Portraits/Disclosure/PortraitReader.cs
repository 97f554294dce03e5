using System.Net;
using System.Text.RegularExpressions;

namespace Diagnostic.Web.Tests.Portraits.Disclosure;

/// <summary>
/// Reads every public page and download of one portrait (Pages/Portraits: the overview, each neighbourhood page, the
/// printable portrait, in French and English; portrait.csv; every chart drawing and PNG the pages link to) as a reader would,
/// and writes down each number about respondents it shows: participation counts, the total, « Répondants : »,
/// every n of a chart's data table and of its drawing, the n and count of each row of the file.
/// </summary>
public sealed partial class PortraitReader(HttpClient client, PortraitFacts facts)
{
    public FigureObservations Observations { get; } = new();

    /// <summary>What no reader may see whatever the figure: an n below min_cell, a rate beside a hidden count, an unknown name.</summary>
    public List<string> Problems { get; } = [];

    public List<string> Visited { get; } = [];

    private readonly HashSet<string> _pngs = [];

    /// <summary>Each chart's drawings (one per page width), with the n its data table shows, checked once the pages are read.</summary>
    private readonly List<(IReadOnlyList<string> Addresses, HashSet<int> Shown, string Source)> _drawings = [];

    private string Respondents => $"{facts.Audience}|respondents";

    public async Task ReadAllAsync()
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var overview = await PageAsync($"/portrait/{facts.Code}?lang={language}");
            ReadOverview(overview, $"overview {language}");
            foreach (var code in facts.Neighbourhoods)
            {
                var page = await PageAsync($"/portrait/{facts.Code}/quartier/{code}?lang={language}");
                ReadNeighbourhood(page, code, $"{code} {language}");
            }
            var print = await PageAsync($"/portrait/{facts.Code}/imprimer?lang={language}");
            var sections = Sections().Split(print);
            ReadOverview(sections[0], $"print {language}");
            for (var i = 1; i + 1 < sections.Length; i += 2)
                ReadNeighbourhood(sections[i + 1], sections[i], $"print {sections[i]} {language}");
        }
        ReadCsv(await TextAsync($"/portrait/{facts.Code}/portrait.csv"));
        // The drawing (and the PNG, drawn from the same chart) shows no n its data table does not.
        foreach (var (addresses, shown, source) in _drawings)
            foreach (var address in addresses)
                foreach (Match n in NEquals().Matches(Text(await TextAsync(address))))
                    if (Number(n.Groups["n"].Value) is { } value && !shown.Contains(value))
                        Problems.Add($"{source}: the drawing {address} shows n = {value}, its data table does not");
        foreach (var png in _pngs)
        {
            using var response = await client.GetAsync(png);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || bytes.Length < 8 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G')
                Problems.Add($"{png}: not a PNG ({response.StatusCode})");
            Visited.Add(png);
        }
    }

    private async Task<string> TextAsync(string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: {response.StatusCode}");
        Visited.Add(path);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> PageAsync(string path)
    {
        var html = await TextAsync(path);
        foreach (Match link in PngLink().Matches(html))
            _pngs.Add(WebUtility.HtmlDecode(link.Groups[1].Value));
        return html;
    }

    private void ReadOverview(string html, string source)
    {
        var total = TotalSentence().Match(Text(html));
        if (!total.Success) Problems.Add($"{source}: no total of respondents");
        else Observations.Add(Respondents, FigureObservations.All, Number(total.Groups["n"].Value), source);
        var at = html.IndexOf("id=\"participation\"", StringComparison.Ordinal);
        var table = TableTag().Match(html, at);
        var participation = Table.Read(table.Value);
        // The rate column (per 1 000 residents) is not shown for partners: found by its header, not its place.
        var rate = participation.Headers.ToList().FindIndex(h => h.Contains("habitants", StringComparison.Ordinal) || h.Contains("residents", StringComparison.Ordinal));
        foreach (var row in participation.Rows)
        {
            var unit = Unit(row[0], source);
            var count = Number(row[2]);
            Observations.Add(Respondents, unit, count, source + " participation");
            // Population is printed beside it: a rate per 1 000 residents gives the count back.
            if (rate > 0 && count is null && row[rate] != "—") Problems.Add($"{source}: {unit} shows a rate ({row[rate]}) beside a hidden count");
        }
        ReadRest(html.Remove(table.Index, table.Length), source);
    }

    private void ReadNeighbourhood(string html, string code, string source)
    {
        var respondents = RespondentsLine().Match(html);
        if (!respondents.Success) Problems.Add($"{source}: no respondents line");
        else Observations.Add(Respondents, code, Number(Text(respondents.Groups["n"].Value).Trim()), source);
        ReadRest(html, source);
    }

    /// <summary>Charts (their table and drawing), the other audiences' readings, and every « n = » of the text.</summary>
    private void ReadRest(string html, string source)
    {
        foreach (Match chart in ChartFigure().Matches(html))
            ReadChart(chart.Groups["unit"].Value, chart.Groups["key"].Value, chart.Groups["body"].Value, $"{source} {chart.Groups["key"].Value}");
        var rest = ChartFigure().Replace(html, "");
        foreach (Match match in TableTag().Matches(rest))
            ReadReading(Table.Read(match.Value), source);
        foreach (Match n in NEquals().Matches(Text(rest)))
            if (Number(n.Groups["n"].Value) is { } value && value < facts.MinCell)
                Problems.Add($"{source}: « n = {value} » in the text");
    }

    private void ReadChart(string unit, string key, string body, string source)
    {
        var table = Table.Read(TableTag().Match(body).Value);
        var shown = new HashSet<int>();
        for (var j = 1; j < table.Headers.Count; j++)
        {
            var header = table.Headers[j];
            var likert = header == "n";
            if (!likert && !header.EndsWith(" — n", StringComparison.Ordinal)) continue;
            var prefix = likert ? "" : header[..^4];
            foreach (var row in table.Rows)
            {
                var value = Number(row[j]);
                if (value is { } v) shown.Add(v);
                if (value < facts.MinCell) Problems.Add($"{source}: n = {value} in the data table");
                if (likert)
                    Observations.Add($"{facts.Audience}|likert|{Id(facts.Items, row[0], source)}", unit, value, source);
                else if (facts.Units.ContainsKey(prefix))
                    Observations.Add(Dimension(row[0], source), Unit(prefix, source), value, source);
                else
                    Observations.Add(Dimension(prefix, source), Unit(row[0], source), value, source);
            }
        }
        var addresses = Drawing().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        if (addresses.Count == 0) Problems.Add($"{source}: a chart without a drawing");
        _drawings.Add((addresses, shown, source));
    }

    /// <summary>A table whose columns are units (the other audiences' readings): cells « 72 (n = 14) » or « n &lt; 5 ».</summary>
    private void ReadReading(Table table, string source)
    {
        if (table.Headers.Count < 2 || !table.Headers.Skip(1).All(facts.Units.ContainsKey)) return;
        foreach (var row in table.Rows)
            for (var j = 1; j < table.Headers.Count; j++)
            {
                var n = NEquals().Match(row[j]);
                int? value = n.Success ? Number(n.Groups["n"].Value) : null;
                if (!n.Success && row[j] == "—") continue;
                Observations.Add($"reading|{table.Caption}|{row[0]}", facts.Units[table.Headers[j]], value, source);
            }
    }

    /// <summary>Every row of the file: its n, and for a choice its count, per audience, level and id.</summary>
    private void ReadCsv(string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length != 18) { Problems.Add($"portrait.csv: a row of {cells.Length} cells: {line}"); continue; }
            var figure = $"{cells[0]}|{cells[2]}|{cells[3]}";
            Observations.Add(figure, cells[1], Number(cells[4]), "portrait.csv");
            if (Number(cells[4]) < facts.MinCell) Problems.Add($"portrait.csv: n = {cells[4]} in {line}");
            if (cells[2] == "choice") Observations.Add(figure + "|count", cells[1], Number(cells[5]), "portrait.csv");
        }
    }

    private string Dimension(string title, string source) => $"{facts.Audience}|dimension|{Id(facts.Dimensions, title, source)}";

    private string Id(IReadOnlyDictionary<string, string> ids, string text, string source)
    {
        if (ids.TryGetValue(text, out var id)) return id;
        Problems.Add($"{source}: unknown title « {text} »");
        return text;
    }

    private string Unit(string name, string source)
    {
        if (facts.Units.TryGetValue(name, out var code)) return code;
        Problems.Add($"{source}: unknown neighbourhood « {name} »");
        return name;
    }

    /// <summary>« 1 250 », « 1,250 », « 40 † »: the number; « n &lt; 5 », « masqué », « — »: null.</summary>
    public static int? Number(string text)
    {
        var digits = Spaces().Replace(text.Replace("†", ""), "");
        return int.TryParse(digits, out var n) ? n : null;
    }

    /// <summary>Runs of white space, no-break spaces included, as one space: how a title is compared with the questionnaire's.</summary>
    public static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    public static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private sealed record Table(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        public static Table Read(string html)
        {
            var caption = CaptionTag().Match(html) is { Success: true } c ? Clean(c.Groups[1].Value) : "";
            var head = Head().Match(html).Value;
            var body = Body().Match(html).Value;
            return new Table(
                caption,
                Cell().Matches(head).Select(m => Clean(m.Groups[1].Value)).ToList(),
                Row().Matches(body).Select(r => (IReadOnlyList<string>)Cell().Matches(r.Value).Select(m => Clean(m.Groups[1].Value)).ToList()).ToList());
        }

        private static string Clean(string html) => Normalize(Text(html));
    }

    [GeneratedRegex("<table>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableTag();

    [GeneratedRegex("<caption>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionTag();

    [GeneratedRegex("<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<figure class=\"chart\" id=\"chart-(?<unit>.+?)-(?<key>heatmap|radar|scores|likert-[0-9]+)\">(?<body>.*?)</figure>", RegexOptions.Singleline)]
    private static partial Regex ChartFigure();

    [GeneratedRegex("(?:src|srcset)=\"([^\"]*/graphiques/[^\"]+\\.svg[^\"]*)\"")]
    private static partial Regex Drawing();

    [GeneratedRegex("<section class=\"portrait-section\" id=\"q-([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex Sections();

    [GeneratedRegex("href=\"([^\"]*/graphiques/[^\"]+\\.png[^\"]*)\"")]
    private static partial Regex PngLink();

    [GeneratedRegex("(?<n>[0-9][0-9\\s\u00A0\u202F,]*|Moins de [0-9]+|Fewer than [0-9]+) (personnes ont répondu|people answered|organismes ont répondu|organizations answered)")]
    private static partial Regex TotalSentence();

    [GeneratedRegex("<p class=\"respondents\">\\s*<strong>[^<]*</strong>(?<n>[^<]*)")]
    private static partial Regex RespondentsLine();

    [GeneratedRegex("\\bn[\\s\u00A0]*=[\\s\u00A0]*(?<n>[0-9][0-9\u00A0\u202F,]*)")]
    private static partial Regex NEquals();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[\\s\u00A0\u202F,]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[\\s\u00A0\u202F]+")]
    private static partial Regex WhiteSpace();
}
