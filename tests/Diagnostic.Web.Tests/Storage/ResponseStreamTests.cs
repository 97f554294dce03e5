using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Storage;

public sealed class ResponseStreamTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Answers_stored_in_any_order_come_back_in_questionnaire_order_with_unknown_ids_dropped()
    {
        var questionnaire = QuestionnaireReader.Read(TestQuestionnaire.Yaml, "test.yaml").Questionnaire!;
        var collecteId = await factory.WithDbAsync(async db =>
        {
            var collecte = db.Collectes.Single(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
            db.Responses.Add(Submitted(collecte, "r-order", new()
            {
                ["top"] = "transport>logement",
                ["ancienne_question"] = "1",
                ["lieux_autre"] = "Café « Chez Éloi » \"du coin\"",
                ["fier"] = "NSP",
                ["age"] = "35+",
                ["lieux"] = "",
            }));
            db.Responses.Add(Submitted(collecte, "r-same", new() { ["age"] = "35+", ["fier"] = "NSP" }));
            await db.SaveChangesAsync();
            return collecte.Id;
        });

        var records = await factory.WithDbAsync(async db =>
        {
            var list = new List<Diagnostic.Core.Responses.ResponseRecord>();
            await foreach (var record in ResponseStream.ReadSubmittedAsync(db, collecteId, questionnaire)) list.Add(record);
            return list;
        });

        var first = Assert.Single(records, r => r.ResponseId == "r-order");
        Assert.Equal(["35+", null, "NSP", null, "Café « Chez Éloi » \"du coin\"", "transport>logement"], first.Values);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero), first.SubmittedAt);
        var second = Assert.Single(records, r => r.ResponseId == "r-same");
        Assert.Same(first.Values[0], second.Values[0]); // repeated codes share one string
    }

    private static Response Submitted(Collecte collecte, string id, Dictionary<string, string> answers) => new()
    {
        PublicId = id,
        CollecteId = collecte.Id,
        NeighbourhoodCode = "nord",
        Audience = Audience.Citizen,
        Language = "fr",
        QuestionnaireHash = "h",
        Status = ResponseStatus.Submitted,
        StartedAt = new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero),
        SubmittedAt = new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero),
        Answers = answers,
    };
}
