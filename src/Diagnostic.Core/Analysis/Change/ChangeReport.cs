namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The bilan between two collectes of one questionnaire: either rows, or the reason it was refused (never both).
/// </summary>
public sealed record ChangeReport
{
    private ChangeReport(string questionnaireId, IReadOnlyList<ChangeRow> rows, string? refusal)
    {
        QuestionnaireId = questionnaireId;
        Rows = rows;
        Refusal = refusal;
    }

    public string QuestionnaireId { get; }

    /// <summary>Rows in the order of the `after` portrait; empty when refused.</summary>
    public IReadOnlyList<ChangeRow> Rows { get; }

    /// <summary>Why the two collectes cannot be compared, or null.</summary>
    public string? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static ChangeReport Of(string questionnaireId, IReadOnlyList<ChangeRow> rows) => new(questionnaireId, rows, null);

    public static ChangeReport Refused(string questionnaireId, string reason) => new(questionnaireId, [], reason);
}
