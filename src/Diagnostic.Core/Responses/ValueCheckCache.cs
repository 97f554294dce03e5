using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Remembers <see cref="AnswerRules.Check"/> for the few distinct values of scale and single-choice columns,
/// which repeat on every line of a large file; other types are checked every time.
/// </summary>
internal sealed class ValueCheckCache(IReadOnlyList<Question> questions)
{
    private const int MaxRemembered = 256;
    private readonly Dictionary<string, AnswerProblem?>?[] _known = questions
        .Select(q => q.Type is QuestionType.Scale or QuestionType.Single ? new Dictionary<string, AnswerProblem?>(StringComparer.Ordinal) : null)
        .ToArray();

    public AnswerProblem? Check(int question, string value)
    {
        var known = _known[question];
        if (known is null)
        {
            return AnswerRules.Check(questions[question], value);
        }
        if (known.TryGetValue(value, out var problem))
        {
            return problem;
        }
        problem = AnswerRules.Check(questions[question], value);
        if (known.Count < MaxRemembered)
        {
            known[value] = problem;
        }
        return problem;
    }
}
