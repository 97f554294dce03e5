namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The bilan between two collectes of one questionnaire: either rows, or the reason it was refused (never both).
/// </summary>
public sealed record ChangeReport
{
    private ChangeReport(string questionnaireId, IReadOnlyList<ChangeRow> rows, string? refusal, ChangeRefusal? kind)
    {
        QuestionnaireId = questionnaireId;
        Rows = rows;
        Refusal = refusal;
        RefusalKind = kind;
    }

    public string QuestionnaireId { get; }

    /// <summary>Rows in the order of the `after` portrait; empty when refused.</summary>
    public IReadOnlyList<ChangeRow> Rows { get; }

    /// <summary>Why the two collectes cannot be compared, or null.</summary>
    public string? Refusal { get; }

    /// <summary>The same reason as a kind, for pages that word it in the reader's language.</summary>
    public ChangeRefusal? RefusalKind { get; }

    public bool IsRefused => Refusal is not null;

    public static ChangeReport Of(string questionnaireId, IReadOnlyList<ChangeRow> rows) => new(questionnaireId, rows, null, null);

    public static ChangeReport Refused(string questionnaireId, ChangeRefusal kind, string reason) => new(questionnaireId, [], reason, kind);
}

/// <summary>Why two collectes cannot be compared.</summary>
public enum ChangeRefusal
{
    /// <summary>They were answered on different questionnaires.</summary>
    DifferentQuestionnaires,

    /// <summary>A portrait is not of its collecte's questionnaire.</summary>
    PortraitMismatch,

    /// <summary>Their portraits hid small numbers with different thresholds (min_cell).</summary>
    DifferentMinCell,
}
