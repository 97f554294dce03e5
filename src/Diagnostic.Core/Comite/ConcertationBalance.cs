namespace Diagnostic.Core.Comite;

/// <summary>Whether a réseau sits on a comité, and how much.</summary>
public enum Presence
{
    Absent,
    Present,
    OverRepresented,
}

/// <summary>One réseau of the « portrait de la concertation »: its current seats, its share and its presence.</summary>
public sealed record ReseauSeats(string Reseau, int Seats, double Share, Presence Presence);

/// <summary>
/// The « portrait de la concertation » of one comité (issue 14): which réseaux hold a current seat, which are absent, and
/// which weigh too much. A réseau is over-represented when, with at least one other réseau present, it holds more than
/// half of the seats or more than twice an even split among the réseaux present (8 seats over 4 réseaux: more than 4).
/// The rule is a reading aid for the organisatrice, not a quota; screens say it in these words.
/// </summary>
public static class ConcertationBalance
{
    /// <param name="reseaux">Every réseau to show, in display order (absent ones included).</param>
    /// <param name="seatReseaux">The réseau of each current seat (one entry a seat).</param>
    public static IReadOnlyList<ReseauSeats> Of(IReadOnlyList<string> reseaux, IEnumerable<string> seatReseaux)
    {
        var counts = seatReseaux.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var total = counts.Values.Sum();
        var present = counts.Count(c => c.Value > 0);
        return reseaux.Concat(counts.Keys.Where(k => !reseaux.Contains(k)).Order())
            .Select(r =>
            {
                var seats = counts.GetValueOrDefault(r);
                var share = total == 0 ? 0 : (double)seats / total;
                return new ReseauSeats(r, seats, share, PresenceOf(seats, total, present));
            })
            .ToList();
    }

    private static Presence PresenceOf(int seats, int total, int present)
    {
        if (seats == 0) return Presence.Absent;
        var overRepresented = present > 1 && (2 * seats > total || seats * present > 2 * total);
        return overRepresented ? Presence.OverRepresented : Presence.Present;
    }
}
