using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The figures (level, id) that mean the same thing in two versions of a questionnaire:
/// a question with the same id, type and scale points; a choice of such a question offered in both;
/// a dimension with the same id and the same scored items (same scales, same reversal).
/// Anything else has no row in the bilan, since its two values would not measure the same thing.
/// </summary>
internal sealed class ChangeComparableFigures
{
    private readonly HashSet<(FigureLevel Level, string Id)> _figures;

    private ChangeComparableFigures(HashSet<(FigureLevel, string)> figures) => _figures = figures;

    public bool Contains(FigureLevel level, string id) => _figures.Contains((level, id));

    public static ChangeComparableFigures Between(Questionnaire before, Questionnaire after)
    {
        var figures = new HashSet<(FigureLevel, string)>();
        foreach (var question in after.Questions)
        {
            var earlier = before.FindQuestion(question.Id);
            if (earlier is not null && SameMeaning(earlier, question))
            {
                AddQuestionFigures(figures, earlier, question);
            }
        }

        foreach (var dimension in after.Dimensions)
        {
            var earlier = before.Dimensions.FirstOrDefault(s => s.Id == dimension.Id);
            if (earlier is not null && SameScoredItems(earlier, dimension))
            {
                figures.Add((FigureLevel.Dimension, dimension.Id));
            }
        }

        return new ChangeComparableFigures(figures);
    }

    private static void AddQuestionFigures(HashSet<(FigureLevel, string)> figures, Question before, Question after)
    {
        switch (after.Type)
        {
            case QuestionType.Scale or QuestionType.Number:
                figures.Add((FigureLevel.Question, after.Id));
                break;
            case QuestionType.Single or QuestionType.Multiple:
                foreach (var choice in after.ChoiceList.Where(c => before.FindChoice(c.Code) is not null))
                {
                    figures.Add((FigureLevel.Choice, $"{after.Id}:{choice.Code}"));
                }

                break;
        }
    }

    private static bool SameMeaning(Question before, Question after) =>
        before.Type == after.Type
        && (after.Type != QuestionType.Scale || SamePoints(before.Scale, after.Scale));

    private static bool SamePoints(Scale? before, Scale? after) =>
        before is not null && after is not null
        && before.Points.Select(p => p.Code).SequenceEqual(after.Points.Select(p => p.Code));

    private static bool SameScoredItems(Section before, Section after)
    {
        var earlier = before.ScoredItems.ToDictionary(q => q.Id);
        var later = after.ScoredItems;
        return earlier.Count == later.Count
            && later.All(q => earlier.TryGetValue(q.Id, out var e)
                && e.Reverse == q.Reverse
                && SamePoints(e.Scale, q.Scale));
    }
}
