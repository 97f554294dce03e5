using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

public class LikertChartTests
{
    private const string Vermillion = "#D55E00";
    private const string Blue = "#0072B2";
    private const string DontKnowGrey = "#8C8C8C";
    private const int LegendSymbol = 1;

    private static readonly IReadOnlyList<string> Agreement =
        ["Tout à fait en désaccord", "Plutôt en désaccord", "Ni en accord ni en désaccord", "Plutôt d'accord", "Tout à fait d'accord"];

    /// <summary>« sec_parcs » has 4 substantive answers (under min_cell 5); « sec_enfants » has n = 25 (caution).</summary>
    private static readonly IReadOnlyList<LikertItemCounts> SecurityItems =
    [
        new("sec_jour", "Je me sens en sécurité dans mon quartier le jour.", [5, 10, 20, 50, 55], 10),
        new("sec_soir", "Je me sens en sécurité quand je marche seul ou seule le soir.", [25, 35, 30, 30, 20], 10),
        new("sec_parcs", "Les parcs de mon quartier sont mal éclairés (R).", [3, 1, 0, 0, 0], 2),
        new("sec_enfants", "Je laisse mes enfants jouer dehors sans crainte.", [10, 5, 4, 3, 0], 3),
    ];

    private static LikertChart Security(ChartLanguage language, IReadOnlyList<LikertItemCounts>? items = null, Portrait? portrait = null) =>
        LikertChart.From(portrait ?? SamplePortrait.Build(), Audience.Citizen, SamplePortrait.SainteCecileLabel, "Sécurité",
            Agreement, items ?? SecurityItems, language);

    [Fact]
    public void Each_shown_item_gets_one_bar_per_answered_point_and_one_dont_know_bar()
    {
        var svg = new SvgReader(Security(ChartLanguage.French).RenderSvg(800));

        Assert.Equal(3 + LegendSymbol, svg.FilledShapes(Vermillion));
        // « sec_enfants » has nobody at « Tout à fait d'accord »: no empty segment for it.
        Assert.Equal(2 + LegendSymbol, svg.FilledShapes(Blue));
        Assert.Equal(3 + LegendSymbol, svg.FilledShapes(DontKnowGrey));
    }

    [Fact]
    public void A_0_to_10_scale_draws_eleven_shades_strongest_at_the_ends_and_grey_in_the_middle()
    {
        // The format allows any scale of 2 points or more; an 11-point scale once threw and took every
        // neighbourhood page down with it.
        IReadOnlyList<string> points = [.. Enumerable.Range(0, 11).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        IReadOnlyList<LikertItemCounts> items = [new("sec_jour", "Je me sens en sécurité dans mon quartier le jour.", [.. Enumerable.Repeat(10, 11)], 5)];
        var chart = LikertChart.From(SamplePortrait.Build(), Audience.Citizen, SamplePortrait.SainteCecileLabel, "Sécurité", points, items, ChartLanguage.French);

        var svg = new SvgReader(chart.RenderSvg(800));

        var palette = LikertPalette.For(11);
        Assert.Equal(11, palette.Select(c => c.ToHex()).Distinct().Count());
        Assert.Equal(Vermillion, palette[0].ToHex()[..7]);
        Assert.Equal(Blue, palette[^1].ToHex()[..7]);
        Assert.Equal(LikertPalette.Middle, palette[5]);
        Assert.Equal(1 + LegendSymbol, svg.FilledShapes(Vermillion));
        Assert.Equal(1 + LegendSymbol, svg.FilledShapes(Blue));
    }

    [Fact]
    public void Items_under_min_cell_are_left_out_of_the_drawing_and_read_n_below_5_in_the_table()
    {
        var chart = Security(ChartLanguage.French);
        var text = new SvgReader(chart.RenderSvg(360)).AllText;

        Assert.DoesNotContain("parcs", text);
        Assert.Equal(["Les parcs de mon quartier sont mal éclairés (R).", "n < 5", "—", "—", "—", "—", "—", "—"], chart.Table.Rows[2]);
    }

    [Fact]
    public void An_item_the_portrait_suppresses_is_left_out_even_with_enough_answers()
    {
        var portrait = SamplePortrait.Build();
        var hidden = portrait with
        {
            Rows = [.. portrait.Rows, new PortraitRow(Audience.Citizen, SamplePortrait.SainteCecile, FigureLevel.Question, "sec_soir", Suppressed: true)],
        };
        var chart = Security(ChartLanguage.French, portrait: hidden);
        var text = new SvgReader(chart.RenderSvg(800)).AllText;

        Assert.DoesNotContain("le soir", text);
        Assert.Contains("le jour", text);
        Assert.Equal(2, chart.ShownItems.Count);
        Assert.Equal("n < 5", chart.Table.Rows[1][1]);
    }

    [Fact]
    public void Shares_exclude_dont_know_and_are_whole_percentages_with_a_narrow_space_in_French()
    {
        var chart = Security(ChartLanguage.French);
        var text = new SvgReader(chart.RenderSvg(800)).AllText;

        // sec_jour: 140 substantive answers; 55/140 = 39.3 %, 50/140 = 35.7 %; NSP 10/150 = 6.7 %.
        Assert.Equal(
            ["Je me sens en sécurité dans mon quartier le jour.", "150", "4\u202F%", "7\u202F%", "14\u202F%", "36\u202F%", "39\u202F%", "7\u202F%"],
            chart.Table.Rows[0]);
        Assert.Contains("39\u202F%", text);
        Assert.Contains("Je me sens en sécurité dans mon quartier le jour. (n\u00A0=\u00A0150)", text);
        Assert.Contains("Sécurité — Quartier Sainte-Cécile", text);
        Assert.Contains("NSP", text);
    }

    [Fact]
    public void English_shares_have_no_space_before_the_percent_sign()
    {
        var text = new SvgReader(Security(ChartLanguage.English).RenderSvg(800)).AllText;

        Assert.Contains("39%", text);
        Assert.Contains("Don't know", text);
        Assert.DoesNotContain("\u202F%", text);
    }

    [Fact]
    public void An_item_under_30_respondents_carries_the_caution_mark()
    {
        var chart = Security(ChartLanguage.French);
        var text = new SvgReader(chart.RenderSvg(360)).AllText;

        Assert.Contains("(n\u00A0=\u00A025 †)", text);
        Assert.Contains("à interpréter avec prudence", text);
        Assert.Equal("25 †", chart.Table.Rows[3][1]);
    }

    [Fact]
    public void Every_item_needs_one_count_per_scale_point()
    {
        LikertItemCounts[] items = [new("x", "Énoncé", [1, 2, 3], 0)];

        Assert.Throws<ArgumentException>(() => Security(ChartLanguage.French, items));
    }

    [Fact]
    public void Likert_chart_renders_pngs_of_the_requested_size()
    {
        var chart = Security(ChartLanguage.French);
        var phone = chart.RenderPng(360);
        ChartArtifacts.Save("likert-fr-360", phone);
        ChartArtifacts.Save("likert-fr-800", chart.RenderPng(800));
        ChartArtifacts.Save("likert-en-400", Security(ChartLanguage.English).RenderPng(400));

        Assert.True(PngImage.HasSignature(phone));
        Assert.Equal((360, chart.SuggestedHeight(360)), PngImage.Size(phone));
    }
}
