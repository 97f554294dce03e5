namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>The new-collecte form as posted.</summary>
public sealed class CreateInput
{
    // Nullable so that an empty field reaches the store's own message instead of MVC's implicit [Required].
    public string? Name { get; set; }
    public string? PublicCode { get; set; }
    public string? QuestionnaireId { get; set; }
    public List<string> Neighbourhoods { get; set; } = [];
    public Dictionary<string, int?> Targets { get; set; } = [];
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public DateOnly? RetainUntil { get; set; }
    public bool OpenNow { get; set; }

    /// <summary>A questionnaire of the other audience to create a second collecte with, and its code.</summary>
    public string? CompanionQuestionnaireId { get; set; }
    public string? CompanionCode { get; set; }
}
