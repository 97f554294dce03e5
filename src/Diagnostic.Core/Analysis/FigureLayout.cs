namespace Diagnostic.Core.Analysis;

/// <summary>One figure of every unit (ALL or a neighbourhood): what it is and where its numbers come from.</summary>
/// <param name="Parent">For a choice row, the index of its question's figure (its suppression follows it); else -1.</param>
internal sealed record FigureSlot(FigureLevel Level, string Id, int Question, int Choice, int Dimension, int Parent);

/// <summary>
/// The row order inside one unit: sections in file order; in each section its questions in file order, each
/// question row followed by its choice rows, then the section's dimension row after its questions.
/// Ranking and text questions have no rows.
/// </summary>
internal static class FigureLayout
{
    public static IReadOnlyList<FigureSlot> Of(QuestionPlan plan)
    {
        var slots = new List<FigureSlot>();
        var questionIndex = 0;
        foreach (var section in plan.Questionnaire.Sections)
        {
            foreach (var question in section.Questions)
            {
                AddQuestion(plan, slots, questionIndex++);
            }
            var dimension = Array.IndexOf(plan.Dimensions, section);
            if (dimension >= 0)
            {
                slots.Add(new FigureSlot(FigureLevel.Dimension, section.Id, -1, -1, dimension, -1));
            }
        }
        return slots;
    }

    private static void AddQuestion(QuestionPlan plan, List<FigureSlot> slots, int q)
    {
        var question = plan.Questions[q];
        if (QuestionPlan.IsNumeric(question))
        {
            slots.Add(new FigureSlot(FigureLevel.Question, question.Id, q, -1, -1, -1));
        }
        else if (QuestionPlan.IsChoice(question))
        {
            // A choice question has no row of its own in the file; its first choice row carries the
            // suppression decision that the other choice rows follow (they all rest on the same n).
            var first = slots.Count;
            for (var c = 0; c < plan.ChoiceCodes[q].Length; c++)
            {
                var id = $"{question.Id}:{plan.ChoiceCodes[q][c]}";
                slots.Add(new FigureSlot(FigureLevel.Choice, id, q, c, -1, c == 0 ? -1 : first));
            }
        }
    }
}
