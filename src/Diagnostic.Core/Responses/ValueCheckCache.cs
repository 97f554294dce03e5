using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Remembers <see cref="AnswerRules.Check"/> for the few distinct values of scale and single-choice columns,
/// which repeat on every line of a large file; other types are checked every time. The CSV reader pools its
/// strings, so a repeated value is usually the very same string: a few references are compared before hashing.
/// </summary>
internal sealed class ValueCheckCache(IReadOnlyList<Question> questions)
{
    private const int MaxRemembered = 256;
    private const int RecentPerQuestion = 8;
    private readonly Dictionary<string, AnswerProblem?>?[] _known = questions
        .Select(q => q.Type is QuestionType.Scale or QuestionType.Single ? new Dictionary<string, AnswerProblem?>(StringComparer.Ordinal) : null)
        .ToArray();
    private readonly string?[] _recent = new string?[questions.Count * RecentPerQuestion];
    private readonly AnswerProblem?[] _recentProblems = new AnswerProblem?[questions.Count * RecentPerQuestion];
    private readonly int[] _nextRecent = new int[questions.Count];

    public AnswerProblem? Check(int question, string value)
    {
        var known = _known[question];
        if (known is null)
        {
            return AnswerRules.Check(questions[question], value);
        }
        var first = question * RecentPerQuestion;
        for (var r = first; r < first + RecentPerQuestion; r++)
        {
            if (ReferenceEquals(_recent[r], value))
            {
                return _recentProblems[r];
            }
        }
        if (!known.TryGetValue(value, out var problem))
        {
            problem = AnswerRules.Check(questions[question], value);
            if (known.Count < MaxRemembered)
            {
                known[value] = problem;
            }
        }
        var slot = first + _nextRecent[question];
        _nextRecent[question] = (_nextRecent[question] + 1) % RecentPerQuestion;
        _recent[slot] = value;
        _recentProblems[slot] = problem;
        return problem;
    }
}
