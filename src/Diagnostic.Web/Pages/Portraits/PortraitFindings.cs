using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// Forces, défis and candidate targets in words, from the portrait's flags and <see cref="PriorityTargets"/>: what a
/// figure means in a sentence (« Sentiment d'appartenance : plus élevé que le reste du territoire, et l'écart est
/// net. »), its figures apart for the folded « Détails » (« Score de 72 sur 100, contre 61 … (q = 0,003, n = 140) »).
/// The rest of the territory's score is the neighbourhood's score minus the portrait's difference.
/// </summary>
public sealed class PortraitFindings(CachedPortrait portrait, IStringLocalizer<PortraitText> words, string language)
{
    private readonly PortraitNumbers _numbers = new(language);

    public IReadOnlyList<Finding> For(Audience audience, string neighbourhood) =>
        portrait.Collecte.Questionnaire.Sections
            .Select(s => (Section: s, Row: portrait.Portrait.Find(audience, neighbourhood, FigureLevel.Dimension, s.Id)))
            .Where(x => x.Row is { Suppressed: false, Flag: not null, Score: not null, Diff: not null, Q: not null, N: not null })
            .Select(x => Sentence(x.Section, x.Row!))
            .ToList();

    /// <summary>The first <paramref name="count"/> candidate targets, each with its reasons.</summary>
    public IReadOnlyList<PlainFigure> Targets(Audience audience, string neighbourhood, int count = 3)
    {
        var ranked = portrait.Priorities.FirstOrDefault(p => p.Audience == audience && p.Neighbourhood == neighbourhood);
        if (ranked is null) return [];
        return ranked.Targets.Take(count).Select(t => Target(t)).ToList();
    }

    private Finding Sentence(Section section, PortraitRow row)
    {
        var force = row.Flag == PortraitRow.ForceFlag;
        var rest = row.Score!.Value - row.Diff!.Value;
        var sentence = words[force ? "Finding.Higher" : "Finding.Lower", section.Title.In(language)];
        var details = words["Finding.Details",
            _numbers.Number(row.Score.Value), _numbers.Number(rest), _numbers.Q(row.Q!.Value), _numbers.NEquals(row.N!.Value)];
        return new Finding(section.Id, force, sentence, details);
    }

    private PlainFigure Target(PriorityTarget target)
    {
        var title = portrait.Collecte.Questionnaire.Sections.FirstOrDefault(s => s.Id == target.DimensionId)?.Title.In(language) ?? target.DimensionId;
        var score = _numbers.Number(target.Score);
        if (target.IsDefi && target.Diff is { } diff && target.Q is { } q)
            return new PlainFigure(
                words["Target.Defi", title, _numbers.Number(Math.Abs(diff))],
                words["Target.DefiDetails", score, _numbers.Difference(diff), _numbers.Q(q), _numbers.NEquals(target.N)]);
        return new PlainFigure(words["Target.Low", title, score], words["Target.Details", score, _numbers.NEquals(target.N)]);
    }
}
