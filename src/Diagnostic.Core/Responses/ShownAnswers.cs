using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// analysis.md: answers to questions that were not shown (their <c>relevant</c> condition false given the earlier
/// answers) are left out of every statistic. A response file written by another tool may hold some; the analysis
/// commands blank them as they read. An import into a collecte refuses them instead (the stored answers of a
/// collecte never hold one).
/// </summary>
public sealed class ShownAnswers
{
    private readonly Question[] _questions;
    private readonly Dictionary<string, int> _index;
    private readonly bool _anyCondition;

    public ShownAnswers(Questionnaire questionnaire)
    {
        _questions = [.. questionnaire.Questions];
        _index = _questions.Select((q, i) => (q.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _anyCondition = _questions.Any(q => q.Relevant is not null);
    }

    /// <summary>The record with the values of questions not shown set to null (the same record when none is).</summary>
    public ResponseRecord LeaveOutNotShown(ResponseRecord record)
    {
        if (!_anyCondition) return record;
        var values = record.Values.ToArray();
        var shown = new bool[_questions.Length];
        // A condition reads earlier answers only, and only those of questions shown (ResponseValidator's rule).
        string? AnswerOf(string id) => _index.TryGetValue(id, out var i) && shown[i] ? values[i] : null;
        var changed = false;
        for (var q = 0; q < _questions.Length; q++)
        {
            shown[q] = _questions[q].Relevant?.IsTrue(AnswerOf) != false;
            if (!shown[q] && values[q] is not null)
            {
                values[q] = null;
                changed = true;
            }
        }
        return changed ? record with { Values = values } : record;
    }
}
