using Diagnostic.Core.Comite;

namespace Diagnostic.Core.Tests.Comite;

public sealed class ConcertationBalanceTests
{
    private static readonly string[] Reseaux = ["communautaire", "sante", "scolaire", "municipal", "citoyen"];

    [Fact]
    public void A_reseau_with_more_than_twice_an_even_share_among_those_present_is_over_represented()
    {
        // 8 seats over 4 réseaux present: even share 2, twice that 4; 4 is not over, 5 would be. Majority: 4 of 8 is not > half.
        var rows = ConcertationBalance.Of(Reseaux, Seats(("communautaire", 4), ("sante", 2), ("scolaire", 1), ("citoyen", 1)));

        Assert.Equal(
            [("communautaire", 4, Presence.Present), ("sante", 2, Presence.Present), ("scolaire", 1, Presence.Present),
             ("municipal", 0, Presence.Absent), ("citoyen", 1, Presence.Present)],
            rows.Select(r => (r.Reseau, r.Seats, r.Presence)));
        Assert.Equal(0.5, rows[0].Share);
    }

    [Fact]
    public void Five_of_nine_seats_is_a_majority_and_twice_an_even_share_is_exceeded()
    {
        var rows = ConcertationBalance.Of(Reseaux, Seats(("sante", 5), ("communautaire", 2), ("citoyen", 2)));

        Assert.Equal(Presence.OverRepresented, rows.Single(r => r.Reseau == "sante").Presence);
        Assert.Equal(Presence.Present, rows.Single(r => r.Reseau == "communautaire").Presence);
    }

    [Fact]
    public void One_reseau_alone_is_present_not_over_represented_and_an_empty_comite_has_every_reseau_absent()
    {
        Assert.Equal(Presence.Present, ConcertationBalance.Of(Reseaux, Seats(("sante", 3))).Single(r => r.Reseau == "sante").Presence);
        Assert.All(ConcertationBalance.Of(Reseaux, []), r => Assert.Equal((0, 0.0, Presence.Absent), (r.Seats, r.Share, r.Presence)));
    }

    [Fact]
    public void A_reseau_outside_the_list_is_shown_after_it()
    {
        var rows = ConcertationBalance.Of(Reseaux, Seats(("autre", 1), ("sante", 1)));

        Assert.Equal("autre", rows[^1].Reseau);
    }

    private static IEnumerable<string> Seats(params (string Reseau, int Count)[] seats) =>
        seats.SelectMany(s => Enumerable.Repeat(s.Reseau, s.Count));
}
