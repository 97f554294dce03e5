using System.Collections.Concurrent;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// The questionnaire of a stored snapshot, read once per process: a snapshot's hash names its exact text, so every
/// page, export, import and the CLI share one parse instead of re-reading the YAML on each call.
/// </summary>
public sealed class SnapshotQuestionnaires
{
    private static readonly ConcurrentDictionary<string, Questionnaire> ByHash = new(StringComparer.Ordinal);

    public static SnapshotQuestionnaires Shared { get; } = new();

    /// <summary>The questionnaire of a hash already read in this process, without loading its text again.</summary>
    public bool TryGet(string hash, out Questionnaire questionnaire) => ByHash.TryGetValue(hash, out questionnaire!);

    public Questionnaire Get(QuestionnaireSnapshot snapshot) =>
        ByHash.GetOrAdd(snapshot.Hash, _ => Parse(snapshot));

    private static Questionnaire Parse(QuestionnaireSnapshot snapshot)
    {
        var result = QuestionnaireReader.ReadStored(snapshot.Yaml, $"snapshot:{snapshot.QuestionnaireId}@{snapshot.Version}");
        // A snapshot was valid when stored; failing now means the reader changed incompatibly: a bug.
        return result.Questionnaire ?? throw new InvalidOperationException(
            "Stored questionnaire snapshot no longer reads: " + string.Join("; ", result.Errors));
    }
}
