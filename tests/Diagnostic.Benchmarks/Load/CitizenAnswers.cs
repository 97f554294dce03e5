using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// Random valid answers to the real questionnaire, as the answer pages' form fields (q-{id}, repeated for a
/// multiple choice, q-{id}-{rank} for a ranking), only for questions relevant given the other answers. The first
/// unconditional free-text question carries the submission's marker, the unique text the check looks for in the
/// database afterwards.
/// </summary>
internal sealed class CitizenAnswers
{
    private readonly Questionnaire questionnaire;

    public CitizenAnswers(Questionnaire questionnaire)
    {
        this.questionnaire = questionnaire;
        MarkerQuestion = questionnaire.Questions.FirstOrDefault(q => q.Type == QuestionType.Text && q.Relevant is null)
            ?? throw new InvalidOperationException($"{questionnaire.Id}: no unconditional text question to carry the submission marker");
    }

    public Question MarkerQuestion { get; }

    public int SectionCount => questionnaire.Sections.Count;

    /// <summary>One form per section, in order; checked with the same validator the server uses.</summary>
    public IReadOnlyList<List<KeyValuePair<string, string>>> Draw(Random random, string marker)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var codes = questionnaire.Questions.ToDictionary(q => q.Id, q => Codes(q, random, marker));
            var values = codes.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => Value(c.Key, c.Value));
            var relevant = ResponseValidator.PruneIrrelevant(questionnaire, values);
            if (ResponseValidator.Validate(questionnaire, relevant).Count > 0 || relevant.GetValueOrDefault(MarkerQuestion.Id) != marker) continue;
            return questionnaire.Sections.Select(section => Fields(section, relevant, codes)).ToList();
        }
        throw new InvalidOperationException($"{questionnaire.Id}: could not draw valid answers (a rule the harness does not know?)");
    }

    private static List<KeyValuePair<string, string>> Fields(
        Section section, IReadOnlyDictionary<string, string> relevant, Dictionary<string, List<string>> codes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var question in section.Questions.Where(q => relevant.ContainsKey(q.Id)))
        {
            var name = "q-" + question.Id;
            if (question.Type == QuestionType.Ranking)
                fields.AddRange(codes[question.Id].Select((code, i) => new KeyValuePair<string, string>($"{name}-{i + 1}", code)));
            else
                fields.AddRange(codes[question.Id].Select(code => new KeyValuePair<string, string>(name, code)));
        }
        return fields;
    }

    private string Value(string id, List<string> codes)
    {
        var question = questionnaire.FindQuestion(id)!;
        return question.Type switch
        {
            QuestionType.Multiple => AnswerValues.JoinMultiple(question, codes),
            QuestionType.Ranking => AnswerValues.JoinRanking(codes),
            _ => codes[0],
        };
    }

    private List<string> Codes(Question question, Random random, string marker)
    {
        var choices = question.ChoiceList.Select(c => c.Code).ToList();
        switch (question.Type)
        {
            case QuestionType.Scale:
                return [question.Scale!.Points[random.Next(question.Scale.Points.Count)].Code.ToString(CultureInfo.InvariantCulture)];
            case QuestionType.Single:
                return [choices[random.Next(choices.Count)]];
            case QuestionType.Multiple:
                var count = 1 + random.Next(Math.Min(question.MaxChoices ?? choices.Count, choices.Count));
                return choices.OrderBy(_ => random.Next()).Take(count).ToList();
            case QuestionType.Ranking:
                return choices.OrderBy(_ => random.Next()).Take(question.Rank ?? 1).ToList();
            case QuestionType.Number:
                var low = (int)Math.Ceiling(question.Min ?? 0);
                var high = (int)Math.Floor(question.Max ?? low + 10);
                return [random.Next(low, high + 1).ToString(CultureInfo.InvariantCulture)];
            default:
                return [question == MarkerQuestion ? marker : "Réponse d'essai " + random.Next(1000).ToString(CultureInfo.InvariantCulture)];
        }
    }
}
