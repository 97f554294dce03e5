using Diagnostic.Core.Comite;
using Diagnostic.Core.Csv;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// A closed round's aggregated results (never a ballot): one line per candidate and voter type, then the candidate's
/// total on a line whose voter type is `ALL`, so a spreadsheet never merges the types by accident.
/// </summary>
public static class VoteCsv
{
    public const string AllTypes = "ALL";

    public static byte[] Write(RoundTally tally, IReadOnlyList<CandidateTarget> candidates) =>
        tally.Dots is { } dots ? WriteDots(tally, dots, candidates) : WriteCriteria(tally, candidates);

    private static byte[] WriteDots(RoundTally tally, IReadOnlyList<DotTallyRow> dots, IReadOnlyList<CandidateTarget> candidates)
    {
        var names = candidates.ToDictionary(c => c.Id);
        var codes = tally.VoterTypes.Select(t => t.Code).ToList();
        var rows = new List<IReadOnlyList<CsvCell>>();
        foreach (var row in dots)
        {
            var c = names[row.CandidateId];
            foreach (var (type, value) in row.DotsByVoterType.OrderBy(p => codes.IndexOf(p.Key) is var i && i < 0 ? int.MaxValue : i))
                rows.Add([.. Candidate(tally, row.Rank, c), type.Length == 0 ? PaperDots.AllParticipants : type, ComiteCsv.Value(value), null]);
            rows.Add([.. Candidate(tally, row.Rank, c), AllTypes, ComiteCsv.Value(row.Dots), ComiteCsv.Value(row.Supporters)]);
        }
        return ComiteCsv.Write(["round", "rank", "candidate_order", "candidate", "voter_type", "dots", "supporters"], rows);
    }

    private static byte[] WriteCriteria(RoundTally tally, IReadOnlyList<CandidateTarget> candidates)
    {
        var names = candidates.ToDictionary(c => c.Id);
        var codes = tally.VoterTypes.Select(t => t.Code).ToList();
        var rows = new List<IReadOnlyList<CsvCell>>();
        foreach (var row in tally.Criteria!)
        {
            var c = names[row.CandidateId];
            foreach (var type in codes.Where(row.BallotsByVoterType.ContainsKey))
                rows.Add([.. Candidate(tally, row.Rank, c), type, ComiteCsv.Value(row.BallotsByVoterType[type]),
                    ComiteCsv.Value(row.CompositeByVoterType[type]), .. Criteria.All.Select(k => (CsvCell)ComiteCsv.Value(row.MeansByVoterType[type][k]))]);
            rows.Add([.. Candidate(tally, row.Rank, c), AllTypes, ComiteCsv.Value(row.Ballots), ComiteCsv.Value(row.Composite),
                .. Criteria.All.Select(k => (CsvCell)ComiteCsv.Value(row.Means.TryGetValue(k, out var m) ? m : null))]);
        }
        return ComiteCsv.Write(["round", "rank", "candidate_order", "candidate", "voter_type", "ballots", "composite",
            .. Criteria.All.Select(c => c.ToString().ToLowerInvariant())], rows);
    }

    /// <summary>The round's title and the candidate's wording are typed by members: free text.</summary>
    private static CsvCell[] Candidate(RoundTally tally, int rank, CandidateTarget candidate) =>
        [CsvCell.Text(tally.Round.Title), ComiteCsv.Value(rank), ComiteCsv.Value(candidate.Order), CsvCell.Text(candidate.Wording)];
}
