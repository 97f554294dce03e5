using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>
/// A collecte whose free-text answers look like spreadsheet formulas (issue 11, finding 2), with what the exports must
/// write for each: one leading `'`, RFC 4180 quoting on top where the value needs it.
/// </summary>
public static class FormulaData
{
    public const string Yaml = """
        id: test-formules
        version: 1
        audience: citizen
        title: {fr: "Formules", en: "Formulas"}
        sections:
          - id: avis
            title: {fr: "Votre avis", en: "Your say"}
            questions:
              - id: choix
                type: single
                text: {fr: "Un choix", en: "A choice"}
                choices:
                  - {code: "-1", fr: "Moins", en: "Less"}
                  - {code: "+1", fr: "Plus", en: "More"}
              - id: idee
                type: text
                text: {fr: "Une idée?", en: "An idea?"}
              - id: solde
                type: number
                min: -100
                max: 100
                text: {fr: "Un nombre", en: "A number"}
        """;

    /// <summary>What citizens typed, in response order f0, f1…</summary>
    public static readonly string[] Typed =
        ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\t=1+1", "\r\n=1+1", "'quoted", "''two", "Le parc"];

    /// <summary>The idee cell as every export writes it (no value holds a comma or a semicolon).</summary>
    public static readonly string[] Written =
        ["\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+1", "'-2", "'@SUM(A1)", "'\t=1+1", "\"'\r\n=1+1\"", "''quoted", "'''two", "Le parc"];

    public static async Task<string> NewFormulaCollecteAsync(this DiagnosticWebFactory factory)
    {
        await factory.SeedAsync();
        var code = $"f-{Guid.NewGuid():N}"[..20];
        await factory.AddCollecteAsync(code, Yaml);
        return code;
    }

    /// <summary>One submitted response per <see cref="Typed"/> value, with the code `-1` and the number `-2`.</summary>
    public static Task AddFormulaResponsesAsync(this DiagnosticWebFactory factory, string code) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(s => s.Snapshot).SingleAsync(s => s.PublicCode == code);
        for (var i = 0; i < Typed.Length; i++)
        {
            db.Responses.Add(new Response
            {
                PublicId = "f" + i,
                CollecteId = collecte.Id,
                NeighbourhoodCode = "nord",
                Audience = Audience.Citizen,
                Language = "fr",
                Channel = ResponseChannel.Web,
                StartedAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(-4)),
                SubmittedAt = new DateTimeOffset(2026, 5, 1, 10, i, 0, TimeSpan.FromHours(-4)),
                QuestionnaireHash = collecte.Snapshot!.Hash,
                Status = ResponseStatus.Submitted,
                Answers = new Dictionary<string, string> { ["choix"] = "-1", ["idee"] = Typed[i], ["solde"] = "-2" },
            });
        }
        return await db.SaveChangesAsync();
    });

    public static Task<List<string>> StoredIdeasAsync(this DiagnosticWebFactory factory, string code) => factory.WithDbAsync(async db =>
        (await db.Responses.Where(r => r.Collecte!.PublicCode == code).OrderBy(r => r.PublicId).ToListAsync())
            .Select(r => r.Answers["idee"]).ToList());
}
