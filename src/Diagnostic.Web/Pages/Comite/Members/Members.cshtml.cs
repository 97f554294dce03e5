using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Members;

/// <summary>
/// A comité's seats: who sits now, for which organisation and réseau, and who sat before (from–to). Members read it,
/// with an organisation's contact only where it agreed to share it; organisatrices add and end seats.
/// </summary>
public sealed class MembersModel(DiagnosticDbContext db, ComiteAccess access, SeatEditor editor, Today today) : PageModel
{
    public sealed record SeatRow(
        int Id, string Person, string? Organisation, PartnerNetwork? Network, string VoterType, DateOnly Start, DateOnly? End, string? Contact);

    public Data.Entities.Comite Comite { get; private set; } = null!;
    public IReadOnlyList<SeatRow> Current { get; private set; } = [];
    public IReadOnlyList<SeatRow> History { get; private set; } = [];
    public IReadOnlyList<ComiteVoterType> VoterTypes { get; private set; } = [];
    public IReadOnlyList<PartnerOrganisation> Organisations { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public bool IsOrganizer => ComiteAccess.IsOrganizer(User);

    [BindProperty] public SeatInput Seat { get; set; } = new();
    [BindProperty] public DateOnly? EndDate { get; set; }

    public async Task<IActionResult> OnGetAsync(int comiteId, CancellationToken cancellationToken) =>
        await LoadAsync(comiteId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(int comiteId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, () => editor.AddAsync(comiteId, Seat, User, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEndAsync(int comiteId, int seatId, CancellationToken cancellationToken) =>
        EditAsync(comiteId, async () => await editor.EndAsync(comiteId, seatId, EndDate, User, cancellationToken) is { } error ? [error] : [],
            cancellationToken);

    private async Task<IActionResult> EditAsync(int comiteId, Func<Task<IReadOnlyList<FieldError>>> edit, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeComiteAsync(User, comiteId, cancellationToken)) return NotFound();
        if (!IsOrganizer) return Forbid();
        Errors = await edit();
        if (Errors.Count == 0) return RedirectToPage(new { comiteId });
        await LoadAsync(comiteId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int comiteId, CancellationToken cancellationToken)
    {
        var comite = await access.Visible(User).AsNoTracking().Include(c => c.Territory).SingleOrDefaultAsync(c => c.Id == comiteId, cancellationToken);
        if (comite is null) return false;
        Comite = comite;
        var day = today.Date;
        var organizer = IsOrganizer;
        var seats = await db.ComiteMembers.AsNoTracking().Where(m => m.ComiteId == comiteId)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.StartDate)
            .Select(m => new
            {
                m.Id, m.DisplayName, Organisation = m.Organisation, m.OrganisationName, VoterType = m.VoterType!.Name, m.StartDate, m.EndDate,
            })
            .ToListAsync(cancellationToken);
        var rows = seats.Select(m => new SeatRow(m.Id, m.DisplayName, m.Organisation?.Name ?? NullIfEmpty(m.OrganisationName),
            m.Organisation?.Network, m.VoterType, m.StartDate, m.EndDate,
            m.Organisation is { } o && (organizer || o.ShareContact) ? Contact(o) : null)).ToList();
        Current = rows.Where(r => r.Start <= day && (r.End is null || r.End >= day)).ToList();
        History = rows.Except(Current).OrderByDescending(r => r.End ?? r.Start).ToList();
        VoterTypes = await db.ComiteVoterTypes.AsNoTracking().Where(t => t.ComiteId == comiteId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        if (organizer)
            Organisations = await db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return true;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? Contact(PartnerOrganisation o)
    {
        var parts = new[] { o.ContactPerson, o.ContactEmail, o.ContactPhone }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
