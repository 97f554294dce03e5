using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// A closed round's aggregated results (never a ballot): one line per candidate and voter type, then the candidate's
/// total on a line whose voter type is `ALL`, so a spreadsheet never merges the types by accident.
/// </summary>
public static class VoteCsv
{
    public const string AllTypes = "ALL";

    public static byte[] Write(RoundTally tally, IReadOnlyList<CandidateTarget> candidates)
    {
        var names = candidates.ToDictionary(c => c.Id);
        var codes = tally.VoterTypes.Select(t => t.Code).ToList();
        var csv = new CsvText();
        if (tally.Dots is { } dots)
        {
            csv.Row("round", "rank", "candidate_order", "candidate", "voter_type", "dots", "supporters");
            foreach (var row in dots)
            {
                var c = names[row.CandidateId];
                foreach (var (type, value) in row.DotsByVoterType.OrderBy(p => codes.IndexOf(p.Key) is var i && i < 0 ? int.MaxValue : i))
                    csv.Row(tally.Round.Title, row.Rank, c.Order, c.Wording, type.Length == 0 ? PaperDots.AllParticipants : type, value, null);
                csv.Row(tally.Round.Title, row.Rank, c.Order, c.Wording, AllTypes, row.Dots, row.Supporters);
            }
            return csv.ToBytes();
        }
        csv.Row(["round", "rank", "candidate_order", "candidate", "voter_type", "ballots", "composite", .. Criteria.All.Select(c => c.ToString().ToLowerInvariant())]);
        foreach (var row in tally.Criteria!)
        {
            var c = names[row.CandidateId];
            foreach (var type in codes.Where(row.BallotsByVoterType.ContainsKey))
                csv.Row([tally.Round.Title, row.Rank, c.Order, c.Wording, type, row.BallotsByVoterType[type], row.CompositeByVoterType[type],
                    .. Criteria.All.Select(k => (object?)row.MeansByVoterType[type][k])]);
            csv.Row([tally.Round.Title, row.Rank, c.Order, c.Wording, AllTypes, row.Ballots, row.Composite,
                .. Criteria.All.Select(k => (object?)(row.Means.TryGetValue(k, out var m) ? m : null))]);
        }
        return csv.ToBytes();
    }
}
