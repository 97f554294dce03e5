using Diagnostic.Data.Collectes;

namespace Diagnostic.Web.Pages.Comite.Organisations;

/// <summary>The day in Québec, the calendar seats, séances and links are dated in.</summary>
public sealed class Today(TimeProvider clock)
{
    public DateOnly Date => QuebecDates.DayOf(clock.GetUtcNow());

    public DateTimeOffset Now => clock.GetUtcNow();
}
