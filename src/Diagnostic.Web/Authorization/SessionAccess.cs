using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Authorization;

// TEMPORARY STUB until branch accounts lands (reverted before merging it).
public sealed class SessionAccess(DiagnosticDbContext db)
{
    public IQueryable<DiagnosisSession> Visible(ClaimsPrincipal user) => db.Sessions;
}
