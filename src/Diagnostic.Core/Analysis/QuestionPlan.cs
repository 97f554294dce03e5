using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// The questionnaire compiled once for the hot path: per question what to accumulate, and per dimension
/// which question indexes score it. Arrays and ordinal string compares only, no per-response allocation.
/// </summary>
internal sealed class QuestionPlan
{
    public QuestionPlan(Questionnaire questionnaire)
    {
        Questionnaire = questionnaire;
        Questions = questionnaire.Questions.ToArray();
        ChoiceCodes = Questions.Select(q => IsChoice(q) ? q.ChoiceList.Select(c => c.Code).ToArray() : []).ToArray();
        Dimensions = questionnaire.Sections.Where(s => s.IsDimension && !s.IsProfile).ToArray();
        var indexOf = Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        DimensionItems = Dimensions.Select(d => d.ScoredItems.Select(q => indexOf[q.Id]).ToArray()).ToArray();
        Units = new ExactUnits(this);
    }

    public ExactUnits Units { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Questionnaire, QuestionPlan> Plans = new();

    /// <summary>One plan per questionnaire object: a submission's cell update builds a PortraitBuilder each time.</summary>
    public static QuestionPlan For(Questionnaire questionnaire) => Plans.GetValue(questionnaire, q => new QuestionPlan(q));

    public Questionnaire Questionnaire { get; }
    public Question[] Questions { get; }
    public string[][] ChoiceCodes { get; }
    public Section[] Dimensions { get; }
    public int[][] DimensionItems { get; }

    public static bool IsNumeric(Question q) => q.Type is QuestionType.Scale or QuestionType.Number;

    public static bool IsChoice(Question q) => q.Type is QuestionType.Single or QuestionType.Multiple;

    public int ChoiceIndex(int question, ReadOnlySpan<char> code)
    {
        var codes = ChoiceCodes[question];
        for (var i = 0; i < codes.Length; i++)
        {
            if (code.SequenceEqual(codes[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
