using System.Globalization;
using System.Text;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Exchange;

/// <summary>
/// The codebook that goes with a response file: one row per column of the wide file (the fixed columns, then every
/// question in file order) with its section, type, French and English labels, codes with their labels, scale and
/// reverse flag. Codes are written "code=label" joined by " | ".
/// </summary>
public static class CodebookWriter
{
    public static readonly string[] Columns =
        ["name", "section", "type", "label_fr", "label_en", "codes_fr", "codes_en", "scale", "reverse", "required", "relevant"];

    /// <summary>Labels come from the questionnaire file that staff wrote, not from respondents: written as they are.</summary>
    public static async Task WriteAsync(Questionnaire questionnaire, CsvTable table, CancellationToken ct)
    {
        await WriteRowAsync(table, Columns, ct);
        foreach (var row in FixedRows(questionnaire))
        {
            await WriteRowAsync(table, row, ct);
        }
        foreach (var section in questionnaire.Sections)
        {
            foreach (var question in section.Questions)
            {
                await WriteRowAsync(table, QuestionRow(section, question), ct);
            }
        }
    }

    private static ValueTask WriteRowAsync(CsvTable table, string?[] fields, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        foreach (var field in fields) table.Code(field);
        return table.EndRowAsync(ct);
    }

    private static IEnumerable<string?[]> FixedRows(Questionnaire questionnaire) =>
    [
        ["response_id", "", "id", "Identifiant de la réponse", "Response id", "", "", "", "", "true", ""],
        ["neighbourhood", "", "territory", "Code du quartier (territoire)", "Neighbourhood (territory code)", "", "", "", "", "true", ""],
        ["audience", "", "single", "Public", "Audience",
            $"{questionnaire.Audience.ToCode()}={AudienceLabel(questionnaire.Audience, "fr")}",
            $"{questionnaire.Audience.ToCode()}={AudienceLabel(questionnaire.Audience, "en")}", "", "", "true", ""],
        ["language", "", "single", "Langue des réponses", "Language of the answers", "fr=français | en=anglais", "fr=French | en=English", "", "", "true", ""],
        ["submitted_at", "", "datetime", "Date et heure d'envoi (ISO 8601)", "Submitted at (ISO 8601)", "", "", "", "", "false", ""],
    ];

    private static string AudienceLabel(Audience audience, string language) => (audience, language) switch
    {
        (Audience.Citizen, "fr") => "citoyennes et citoyens",
        (Audience.Citizen, _) => "citizens",
        (_, "fr") => "partenaires",
        _ => "partners",
    };

    private static string?[] QuestionRow(Section section, Question question) =>
    [
        question.Id,
        section.Id,
        question.Type.ToString().ToLowerInvariant(),
        question.Text.In("fr"),
        question.Text.In("en"),
        Codes(question, "fr"),
        Codes(question, "en"),
        question.Scale?.Id ?? "",
        question.Type == QuestionType.Scale ? (question.Reverse ? "true" : "false") : "",
        question.Required ? "true" : "false",
        question.Relevant?.Source ?? "",
    ];

    private static string Codes(Question question, string language)
    {
        var codes = new StringBuilder();
        void Add(string code, LocalizedText label)
        {
            if (codes.Length > 0) codes.Append(" | ");
            codes.Append(code).Append('=').Append(label.In(language));
        }
        if (question.Scale is { } scale)
        {
            foreach (var point in scale.Points) Add(point.Code.ToString(CultureInfo.InvariantCulture), point.Label);
            if (scale.DontKnow is { } dontKnow) Add(Scale.DontKnowCode, dontKnow);
        }
        foreach (var choice in question.ChoiceList) Add(choice.Code, choice.Label);
        return codes.ToString();
    }
}
