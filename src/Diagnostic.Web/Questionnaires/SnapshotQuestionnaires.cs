using System.Collections.Concurrent;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Questionnaires;

/// <summary>Parses each stored snapshot once: a collecte is answered with the text it was opened with.</summary>
public sealed class SnapshotQuestionnaires
{
    private readonly ConcurrentDictionary<string, Questionnaire> byHash = new();

    public Questionnaire Get(QuestionnaireSnapshot snapshot) =>
        byHash.GetOrAdd(snapshot.Hash, _ => Parse(snapshot));

    private static Questionnaire Parse(QuestionnaireSnapshot snapshot)
    {
        var result = QuestionnaireReader.Read(snapshot.Yaml, $"snapshot:{snapshot.QuestionnaireId}@{snapshot.Version}");
        // A snapshot was valid when stored; failing now means the reader changed incompatibly: a bug.
        return result.Questionnaire ?? throw new InvalidOperationException(
            "Stored questionnaire snapshot no longer reads: " + string.Join("; ", result.Errors));
    }
}
