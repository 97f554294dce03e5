using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>The comité world with a forum séance in its open year.</summary>
public sealed record ForumWorld(ComiteWorld Comite, int ForumId)
{
    public static async Task<ForumWorld> CreateAsync(DiagnosticWebFactory factory)
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var id = await factory.WithDbAsync(async db =>
        {
            var forum = new Seance { CycleId = w.CycleId, Date = new DateOnly(2026, 11, 20), Kind = SeanceKind.Forum, Title = "Forum de quartier" };
            db.Seances.Add(forum);
            await db.SaveChangesAsync();
            return forum.Id;
        });
        return new ForumWorld(w, id);
    }

    public string Path => $"/comite/{Comite.ComiteId}/forum/{ForumId}";
}
