using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Partners;

/// <summary>A small partner questionnaire, an open partner collecte on it, and organisations of the directory.</summary>
public static class PartnerCollecte
{
    public const string Yaml = """
        id: test-partenaires
        version: 1
        audience: partner
        title: {fr: "Partenaires, test", en: "Partners, test"}
        sections:
          - id: org
            title: {fr: "Votre organisation", en: "Your organisation"}
            questions:
              - id: taille
                type: single
                required: true
                text: {fr: "Taille de l'équipe?", en: "Team size?"}
                choices:
                  - {code: petite, fr: "Petite", en: "Small"}
                  - {code: grande, fr: "Grande", en: "Large"}
        """;

    public static async Task<string> NewPartnerCollecteAsync(this DiagnosticWebFactory factory)
    {
        var code = await factory.NewCollecteAsync("p");
        await factory.WithDbAsync(async db =>
        {
            var questionnaire = QuestionnaireReader.Read(Yaml, "partenaires.yaml").Questionnaire!;
            var snapshot = await db.GetOrAddAsync(questionnaire, Yaml, DateTimeOffset.UtcNow, default);
            await db.SaveChangesAsync();
            var collecte = await db.Collectes.SingleAsync(s => s.PublicCode == code);
            collecte.Audience = Audience.Partner;
            collecte.SnapshotId = snapshot.Id;
            return await db.SaveChangesAsync();
        });
        return code;
    }

    /// <summary>Adds organisations by name (network communautaire); returns their ids.</summary>
    public static Task<List<int>> AddOrganisationsAsync(this DiagnosticWebFactory factory, params string[] names) =>
        factory.WithDbAsync(async db =>
        {
            var added = names.Select(n => new PartnerOrganisation { Name = n + "-" + Guid.NewGuid().ToString("N")[..6], Network = PartnerNetwork.Communautaire }).ToList();
            db.PartnerOrganisations.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(o => o.Id).ToList();
        });
}
