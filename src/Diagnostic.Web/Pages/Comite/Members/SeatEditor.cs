using System.Globalization;
using System.Security.Claims;
using Diagnostic.Data.Audit;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Members;

/// <summary>
/// Adds and ends seats. A seat is refused, field by field, when the person is missing, the voter type or organisation
/// is not this comité's or the directory's, the dates are reversed, or the same person already sits on this comité over
/// part of the same days (the same account, or the same name for a seat without one). Removing a member ends the seat
/// on the day given: the row stays, so the comité's history does.
/// </summary>
public sealed class SeatEditor(
    DiagnosticDbContext db, MemberDirectory directory, Today today, AuditLog audit, IStringLocalizer<ConcertationText> messages)
{
    public async Task<IReadOnlyList<FieldError>> AddAsync(int comiteId, SeatInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var person = input.Person?.Trim() ?? "";
        var email = input.Email?.Trim() ?? "";
        string? userId = null;
        if (email.Length > 0 && (userId = await directory.FindCommitteeUserAsync(email, cancellationToken)) is null)
            errors.Add(new FieldError("Seat_Email", messages["Seat.EmailUnknown", email]));
        if (person.Length == 0) person = email;
        if (person.Length == 0) errors.Add(new FieldError("Seat_Person", messages["Seat.PersonRequired"]));
        if (!await db.ComiteVoterTypes.AnyAsync(t => t.ComiteId == comiteId && t.Id == input.VoterTypeId, cancellationToken))
            errors.Add(new FieldError("Seat_VoterTypeId", messages["Seat.VoterTypeUnknown"]));
        if (input.OrganisationId is { } organisationId && !await db.PartnerOrganisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            errors.Add(new FieldError("Seat_OrganisationId", messages["Seat.OrganisationUnknown"]));
        var start = input.Start ?? today.Date;
        if (input.End is { } end && end < start)
            errors.Add(new FieldError("Seat_End", messages["Seat.EndBeforeStart", Day(end), Day(start)]));
        else if (person.Length > 0 && await OverlapAsync(comiteId, userId, person, start, input.End, cancellationToken) is { } other)
            errors.Add(new FieldError("Seat_Start", messages["Seat.Overlap", person, Day(other.StartDate),
                other.EndDate is { } otherEnd ? Day(otherEnd) : messages["Seat.Running"].Value]));
        if (errors.Count > 0) return errors;
        var seat = db.ComiteMembers.Add(new ComiteMember
        {
            ComiteId = comiteId, UserId = userId, DisplayName = person, OrganisationId = input.OrganisationId,
            VoterTypeId = input.VoterTypeId, StartDate = start, EndDate = input.End,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        // Ids and dates only: the person's name stays out of the log.
        await audit.RecordAsync(user, AuditActions.ComiteSeatAdded, AuditTarget.Comite(comiteId),
            $"seat={seat.Id};organisation={(input.OrganisationId is { } o ? o.ToString(CultureInfo.InvariantCulture) : "none")};account={(userId is null ? "no" : "yes")};from={IsoDay(start)};to={(input.End is { } e ? IsoDay(e) : "")}",
            cancellationToken);
        return [];
    }

    /// <summary>Ends a running seat on the given day (today when none); the reason when refused.</summary>
    public async Task<FieldError?> EndAsync(int comiteId, int seatId, DateOnly? day, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var seat = await db.ComiteMembers.SingleOrDefaultAsync(m => m.Id == seatId && m.ComiteId == comiteId, cancellationToken);
        if (seat is null || seat.EndDate is not null) return new FieldError("End_" + seatId, messages["Seat.NotRunning"]);
        var end = day ?? today.Date;
        if (end < seat.StartDate) return new FieldError("End_" + seatId, messages["Seat.EndBeforeStart", Day(end), Day(seat.StartDate)]);
        seat.EndDate = end;
        audit.Add(AuditActor.From(user), AuditActions.ComiteSeatEnded, AuditTarget.Comite(comiteId),
            string.Create(CultureInfo.InvariantCulture, $"seat={seat.Id};to={IsoDay(end)}"));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<ComiteMember?> OverlapAsync(
        int comiteId, string? userId, string person, DateOnly start, DateOnly? end, CancellationToken cancellationToken)
    {
        var seats = await db.ComiteMembers.AsNoTracking().Where(m => m.ComiteId == comiteId).ToListAsync(cancellationToken);
        return seats
            .Where(m => userId is not null ? m.UserId == userId : string.Equals(m.DisplayName, person, StringComparison.CurrentCultureIgnoreCase))
            .FirstOrDefault(m => m.StartDate <= (end ?? DateOnly.MaxValue) && start <= (m.EndDate ?? DateOnly.MaxValue));
    }

    /// <summary>The audit keeps machine-read days; the messages show them as the reader writes them.</summary>
    private static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => Diagnostic.Web.Localization.QuebecTimeText.Day(day);
}
