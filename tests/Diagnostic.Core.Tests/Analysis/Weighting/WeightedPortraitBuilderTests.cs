using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis.Weighting;

/// <summary>
/// The weighted figures on a small data set, against R survey 4.1-1 (Debian r-cran-survey). N1 has a collapsed cell
/// (y has 2 respondents &lt; min_cell 3, merged with m) and one respondent without age (left out); N2 keeps one cell
/// (codes y and o have n = 0 and N = 0, dropped). The R snippet that produced the values:
/// <code>
/// library(survey)
/// d &lt;- data.frame(nb = c(rep("N1", 12), rep("N2", 6)),
///   age = c("y", "y", "m", "m", "m", "m", "m", "o", "o", "o", "o", "o", rep("m", 6)),
///   q1 = c(4, 3, 2, 3, 4, 1, 2, 1, 2, 1, 3, NA, 3, 4, 2, 3, 4, 3),
///   q2 = c(1, 2, NA, 3, NA, 4, 2, 4, 3, NA, 4, 3, 2, 1, 2, 3, 2, 1),
///   parc = c(1, 1, 0, NA, 1, 0, 1, NA, 0, 1, 1, 0, 1, 1, 0, 1, NA, 1),
///   cafe = c(0, 1, 1, NA, 0, 1, 0, NA, 1, 1, 0, 1, 0, 0, 1, 1, NA, 0))
/// d$cell &lt;- ifelse(d$nb == "N1", ifelse(d$age == "o", "N1 o", "N1 y|m"), "N2 m")
/// d$app &lt;- rowMeans(cbind(100 * (d$q1 - 1) / 3, 100 - 100 * (d$q2 - 1) / 3), na.rm = TRUE)
/// pop &lt;- data.frame(cell = c("N1 y|m", "N1 o", "N2 m"), Freq = c(400, 200, 500))
/// fig &lt;- function(v, units, choice = FALSE) {
///   s &lt;- d[d$nb %in% units, ]
///   des &lt;- postStratify(svydesign(ids = ~1, strata = ~nb, data = s), ~cell, pop[pop$cell %in% s$cell, ])
///   m &lt;- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE, deff = "replace")
///   n &lt;- sum(!is.na(s[[v]])); k &lt;- length(unique(s$nb[!is.na(s[[v]])]))
///   est &lt;- as.vector(coef(m)); se &lt;- as.vector(SE(m)); deff &lt;- as.vector(deff(m))
///   ci &lt;- if (choice) { nt &lt;- min(n, n / deff); z &lt;- 1.959963985
///     (est + z^2 / (2 * nt) + c(-1, 1) * z * sqrt(est * (1 - est) / nt + z^2 / (4 * nt^2))) / (1 + z^2 / nt)
///   } else est + c(-1, 1) * qt(0.975, n - k) * se
///   cat(sprintf("%s %s: n=%d est=%.15g ci=[%.15g, %.15g] deff=%.15g n_eff=%.15g\n",
///               paste(units, collapse = "+"), v, n, est, ci[1], ci[2], deff, n / deff))
/// }
/// fig("q1", "N1"); fig("parc", "N1", TRUE); fig("app", "N1"); fig("q2", "N1")
/// fig("q1", "N2"); fig("cafe", "N2", TRUE)
/// fig("q1", c("N1", "N2")); fig("cafe", c("N1", "N2"), TRUE); fig("app", c("N1", "N2"))
/// </code>
/// </summary>
public sealed class WeightedPortraitBuilderTests
{
    internal static Questionnaire Questionnaire { get; } = new QuestionnaireBuilder()
        .Section("profil", s => s.Single("age", "y", "m", "o"), profile: true)
        .Dimension("app", s => s.Scale("q1").Scale("q2", reverse: true).Multiple("lieux", "parc", "cafe"))
        .Build();

    internal const string CensusCsv = "neighbourhood,age,population\nN1,y,100\nN1,m,300\nN1,o,200\nN2,y,0\nN2,m,500\nN2,o,0\n";

    internal static ResponseRecord[] Small { get; } =
    [
        R("N1", "y", "4", "1", "parc"), R("N1", "y", "3", "2", "parc|cafe"), R("N1", "m", "2", null, "cafe"),
        R("N1", "m", "3", "3", null), R("N1", "m", "4", "NSP", "parc"), R("N1", "m", "1", "4", "cafe"),
        R("N1", "m", "2", "2", "parc"), R("N1", "o", "1", "4", null), R("N1", "o", "2", "3", "cafe"),
        R("N1", "o", "1", null, "parc|cafe"), R("N1", "o", "3", "4", "parc"), R("N1", "o", "NSP", "3", "cafe"),
        R("N1", null, "4", "1", "parc"),
        R("N2", "m", "3", "2", "parc"), R("N2", "m", "4", "1", "parc"), R("N2", "m", "2", "2", "cafe"),
        R("N2", "m", "3", "3", "parc|cafe"), R("N2", "m", "4", "2", null), R("N2", "m", "3", "1", "parc"),
        TestResponses.Of(Audience.Partner, "N1", "o", "1", "1", "parc"),
    ];

    private static ResponseRecord R(string neighbourhood, params string?[] values) => TestResponses.Of(neighbourhood, values);

    internal static Census CensusOf(string csv) => CensusReader.ReadText(csv, "census.csv", Questionnaire).Census!;

    internal static WeightedPortraitResult Weigh(IEnumerable<ResponseRecord> responses, int minCell, string census = CensusCsv, Portrait? portrait = null)
    {
        var list = responses.ToList();
        var unweighted = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = minCell });
        var weighted = new WeightedPortraitBuilder(Questionnaire, CensusOf(census));
        foreach (var response in list)
        {
            unweighted.Add(response);
            weighted.Add(response);
        }
        return weighted.Build(portrait ?? unweighted.Build());
    }

    internal static WeightedPortraitRow Row(WeightedPortrait portrait, string neighbourhood, string id) =>
        portrait.Rows.Single(r => r.Neighbourhood == neighbourhood && r.Id == id);

    private static void AssertFigure(WeightedPortraitRow row, int n, double estimate, double low, double high, double? deff, double? nEff)
    {
        Assert.False(row.Suppressed);
        Assert.Equal(n, row.N);
        Assert.Equal(estimate, row.Estimate!.Value, 1e-12);
        Assert.Equal(low, row.CiLow!.Value, 1e-9);
        Assert.Equal(high, row.CiHigh!.Value, 1e-9);
        Assert.Equal(deff is null, row.Deff is null);
        Assert.Equal(nEff is null, row.NEff is null);
        if (deff is { } d) Assert.Equal(d, row.Deff!.Value, 1e-9);
        if (nEff is { } e) Assert.Equal(e, row.NEff!.Value, 1e-8);
    }

    private static WeightedPortrait SmallPortrait => Weigh(Small, 3).Portrait!;

    [Fact]
    public void Cells_collapse_and_weigh_each_respondent_by_population_over_respondents()
    {
        var weights = SmallPortrait.Rows.Where(r => r.Level == WeightedLevel.Weight).Select(r => (r.Neighbourhood, r.Id, r.N, r.Population, r.Weight));

        Assert.Equal(
        [
            ("N1", "y|m", 7, 400.0, 400.0 / 7), ("N1", "o", 5, 200.0, 40.0),
            ("N2", "m", 6, 500.0, 500.0 / 6),
        ], weights.Select(w => (w.Neighbourhood, w.Id, w.N!.Value, w.Population!.Value, w.Weight!.Value)));
    }

    [Fact]
    public void Neighbourhood_figures_match_R_survey()
    {
        var p = SmallPortrait;
        // R: N1 q1: n=11 est=2.43877551020408 ci=[1.72786666960166, 3.1496843508065] deff=0.889687123453357 n_eff=12.3638970487772
        AssertFigure(Row(p, "N1", "q1"), 11, 2.43877551020408, 1.72786666960166, 3.1496843508065, 0.889687123453357, 12.3638970487772);
        // R: N1 q2: n=9 est=2.7948717948718 ci=[2.03174459704148, 3.55799899270211] deff=0.846619317541026 n_eff=10.6305157625509
        AssertFigure(Row(p, "N1", "q2"), 9, 2.7948717948718, 2.03174459704148, 3.55799899270211, 0.846619317541026, 10.6305157625509);
        // R: N1 parc: n=10 est=0.613636363636364 ci=[0.323653210833406, 0.840543880085459] deff=0.97904052680426 n_eff=10.2140817731433
        AssertFigure(Row(p, "N1", "lieux:parc"), 10, 0.613636363636364, 0.323653210833406, 0.840543880085459, 0.97904052680426, 10.2140817731433);
        // R: N1 app: n=12 est=44.7619047619048 ci=[24.7535796548482, 64.7702298689613] deff=0.805418851172936 n_eff=14.8990801277178
        AssertFigure(Row(p, "N1", "app"), 12, 44.7619047619048, 24.7535796548482, 64.7702298689613, 0.805418851172936, 14.8990801277178);
        // R: N2 cafe: n=5 est=0.4 ci=[0.11762077420017, 0.769275718779529] deff=0.96 n_eff=5.20833333333333 (ñ = n = 5)
        AssertFigure(Row(p, "N2", "lieux:cafe"), 5, 0.4, 0.11762077420017, 0.769275718779529, 0.96, 5.20833333333333);
    }

    [Fact]
    public void All_figures_match_R_survey_with_one_stratum_per_neighbourhood()
    {
        var p = SmallPortrait;
        // R: N1+N2 q1: n=17 est=2.78212039532794 ci=[2.30474952055371, 3.25949127010217] deff=0.836646871566696 n_eff=20.3192058414872
        AssertFigure(Row(p, "ALL", "q1"), 17, 2.78212039532794, 2.30474952055371, 3.25949127010217, 0.836646871566696, 20.3192058414872);
        // R: N1+N2 cafe: n=15 est=0.498187467633351 ci=[0.263088523434083, 0.734090615184693] deff=1.11321541272343 n_eff=13.4744810649928
        AssertFigure(Row(p, "ALL", "lieux:cafe"), 15, 0.498187467633351, 0.263088523434083, 0.734090615184693, 1.11321541272343, 13.4744810649928);
        // R: N1+N2 app: n=18 est=57.2438672438672 ci=[44.0703802363812, 70.4173542513533] deff=0.686038145805951 n_eff=26.2376080835181
        AssertFigure(Row(p, "ALL", "app"), 18, 57.2438672438672, 44.0703802363812, 70.4173542513533, 0.686038145805951, 26.2376080835181);
    }

    [Fact]
    public void A_single_cell_neighbourhood_where_everyone_counts_gives_back_the_portrait()
    {
        var unweighted = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 3 });
        foreach (var response in Small)
        {
            unweighted.Add(response);
        }
        var portrait = unweighted.Build().Find(Audience.Citizen, "N2", FigureLevel.Question, "q1")!;

        // R: N2 q1: n=6 est=3.16666666666667 ci=[2.37668021617471, 3.95665311715862] deff=1 n_eff=6
        AssertFigure(Row(SmallPortrait, "N2", "q1"), 6, 3.16666666666667, 2.37668021617471, 3.95665311715862, 1, 6);
        var weighted = Row(SmallPortrait, "N2", "q1");
        Assert.Equal((portrait.N, portrait.Mean!.Value, portrait.CiLow!.Value, portrait.CiHigh!.Value),
            (weighted.N, weighted.Estimate!.Value, weighted.CiLow!.Value, weighted.CiHigh!.Value), new CloseTuple());
    }

    [Fact]
    public void Only_citizens_who_answered_the_weighting_question_count_and_it_has_no_choice_rows()
    {
        var p = SmallPortrait;

        Assert.All(p.Rows, r => Assert.Equal(Audience.Citizen, r.Audience));
        Assert.DoesNotContain(p.Rows, r => r.Id.StartsWith("age:"));
        // 13 citizens in N1, one without age: 12 scores (every citizen has one here).
        Assert.Equal(12, Row(p, "N1", "app").N);
        Assert.Equal(["ALL", "N1", "N2"], p.Rows.Select(r => r.Neighbourhood).Distinct());
    }

    [Fact]
    public void Without_citizen_responses_the_file_has_no_rows()
    {
        var result = Weigh(Small.Where(r => r.Audience == Audience.Partner), 3);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Portrait!.Rows);
    }

    [Fact]
    public void Merged_builders_give_the_same_portrait_as_one()
    {
        var unweighted = new PortraitBuilder(Questionnaire, new AnalysisOptions { MinCell = 3 });
        var first = new WeightedPortraitBuilder(Questionnaire, CensusOf(CensusCsv));
        var second = new WeightedPortraitBuilder(Questionnaire, CensusOf(CensusCsv));
        for (var i = 0; i < Small.Length; i++)
        {
            unweighted.Add(Small[i]);
            (i % 2 == 0 ? first : second).Add(Small[i]);
        }
        first.Merge(second);

        var merged = first.Build(unweighted.Build()).Portrait!.Rows;

        var single = SmallPortrait.Rows;
        Assert.Equal(single.Count, merged.Count);
        for (var i = 0; i < single.Count; i++)
        {
            Assert.Equal((single[i].Neighbourhood, single[i].Id, single[i].N, single[i].Suppressed), (merged[i].Neighbourhood, merged[i].Id, merged[i].N, merged[i].Suppressed));
            double?[] a = [single[i].Estimate, single[i].CiLow, single[i].CiHigh, single[i].Deff, single[i].NEff, single[i].Weight];
            double?[] b = [merged[i].Estimate, merged[i].CiLow, merged[i].CiHigh, merged[i].Deff, merged[i].NEff, merged[i].Weight];
            Assert.True(a.Zip(b).All(x => x.First is null ? x.Second is null : Math.Abs(x.First.Value - x.Second!.Value) <= 1e-12 * (1 + Math.Abs(x.First.Value))),
                $"row {i}: {single[i]} vs {merged[i]}");
        }
    }

    private sealed class CloseTuple : IEqualityComparer<(int?, double, double, double)>
    {
        public bool Equals((int?, double, double, double) a, (int?, double, double, double) b) =>
            a.Item1 == b.Item1 && Math.Abs(a.Item2 - b.Item2) < 1e-12 && Math.Abs(a.Item3 - b.Item3) < 1e-12 && Math.Abs(a.Item4 - b.Item4) < 1e-12;

        public int GetHashCode((int?, double, double, double) obj) => 0;
    }
}
