using Diagnostic.Web.Pages.Comite.Cycles;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// A voting round. While open, a member sees and changes only her own ballot and nobody sees results; an organisatrice
/// sees how many ballots are in, keys in paper dots, and closes the round. Once closed, everyone on the comité sees the
/// results by voter type and the organisatrice may open a second round among the leaders.
/// </summary>
public sealed class RoundModel(
    DiagnosticDbContext db, ComiteAccess access, RoundLoader loader, BallotBox box, RoundResults results, PaperDots paper,
    RoundEditor editor, AuditLog audit, IStringLocalizer<ComiteText> strings) : PageModel
{
    public VotingRound Round { get; private set; } = null!;
    public CycleScope Scope { get; private set; } = null!;
    public IReadOnlyList<CandidateTarget> Candidates { get; private set; } = [];
    public IReadOnlyList<ComiteVoterType> VoterTypes { get; private set; } = [];
    public IReadOnlyDictionary<int, BallotLine> MyLines { get; private set; } = new Dictionary<int, BallotLine>();
    public bool HasBallot { get; private set; }
    public int BallotCount { get; private set; }
    public IReadOnlyDictionary<(int, int?), int> PaperCounts { get; private set; } = new Dictionary<(int, int?), int>();
    public RoundTally? Tally { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved => Request.Query.ContainsKey("enregistre");

    [BindProperty] public Dictionary<string, string?> Dots { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Scores { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Paper { get; set; } = [];
    [BindProperty] public int LeaderCount { get; set; } = 3;
    [BindProperty] public RoundForm Next { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken)) return NotFound();
        if (Tally is null) return NotFound();
        var csv = VoteCsv.Write(Tally, Candidates);
        return File(csv, "text/csv; charset=utf-8", $"votes-tour-{roundId}.csv");
    }

    /// <summary>The closed round's results chart, drawn for one page width (the page names it).</summary>
    public async Task<IActionResult> OnGetChartAsync(int roundId, int? largeur, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken) || Tally is null) return NotFound();
        return Shared.ChartFile.Svg(RoundChart.Build(Tally, Candidates, strings), largeur);
    }

    public Task<IActionResult> OnPostDotsAsync(int roundId, CancellationToken cancellationToken) =>
        CastAsync(roundId, problems =>
        {
            var dots = BallotForm.Dots(Dots, problems);
            return problems.Count > 0 ? Task.FromResult<IReadOnlyList<BallotProblem>>([.. problems])
                : box.CastDotsAsync(Round, Scope.Member, dots, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostCriteriaAsync(int roundId, CancellationToken cancellationToken) =>
        CastAsync(roundId, problems =>
        {
            var scores = BallotForm.Scores(Scores, problems);
            return problems.Count > 0 ? Task.FromResult<IReadOnlyList<BallotProblem>>([.. problems])
                : box.CastCriteriaAsync(Round, Scope.Member, scores, cancellationToken);
        }, cancellationToken);

    public async Task<IActionResult> OnPostPaperAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken)) return NotFound();
        if (!Scope.IsOrganizer) return Forbid();
        var counts = PaperForm.Read(Paper, Candidates, VoterTypes, out var errors, strings);
        if (!Round.IsOpen || Round.Kind != VotingRoundKind.PaperDots) errors = [strings["Problem.RoundClosed"]];
        if (errors.Count > 0) return Refused(errors);
        // Staged so it is saved with the counts; the total only, never who put dots where.
        audit.Add(AuditActor.From(User), AuditActions.ComitePaperDotsEntered, AuditTarget.Round(roundId),
            "dots=" + counts.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await paper.SaveAsync(Round, ComiteAccess.UserId(User)!, counts, cancellationToken);
        return RedirectToPage(new { roundId, enregistre = 1 });
    }

    public async Task<IActionResult> OnPostCloseAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken)) return NotFound();
        if (!Scope.IsOrganizer) return Forbid();
        await editor.CloseAsync(roundId, BallotCount, User, cancellationToken);
        return RedirectToPage(new { roundId });
    }

    public async Task<IActionResult> OnPostSecondRoundAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken)) return NotFound();
        if (!Scope.IsOrganizer) return Forbid();
        var (next, refusal) = await editor.OpenSecondAsync(Round, Tally, LeaderCount, Next, strings, User, cancellationToken);
        return next is null ? Refused([refusal!]) : RedirectToPage(new { roundId = next.Id });
    }

    private async Task<IActionResult> CastAsync(
        int roundId, Func<List<BallotProblem>, Task<IReadOnlyList<BallotProblem>>> cast, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken)) return NotFound();
        var problems = await cast([]);
        if (problems.Count == 0) return RedirectToPage(new { roundId, enregistre = 1 });
        var names = Candidates.ToDictionary(c => c.Id, c => c.Wording);
        return Refused(problems.Select(p => ProblemText.For(p, strings, Round.DotBudget, id => names.GetValueOrDefault(id, "?"))).ToList());
    }

    private PageResult Refused(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var round = await loader.FindAsync(roundId, cancellationToken);
        if (round is null) return false;
        var scope = await access.CycleAsync(User, round.Seance!.CycleId, cancellationToken);
        if (scope is null) return false;
        (Round, Scope) = (round, scope);
        Candidates = RoundLoader.Candidates(round);
        VoterTypes = await db.ComiteVoterTypes.AsNoTracking().Where(t => t.ComiteId == scope.ComiteId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        BallotCount = await db.Ballots.CountAsync(b => b.RoundId == roundId, cancellationToken);
        if (scope.Member is { } member)
        {
            var mine = await db.Ballots.AsNoTracking().Include(b => b.Lines)
                .SingleOrDefaultAsync(b => b.RoundId == roundId && b.MemberId == member.Id, cancellationToken);
            HasBallot = mine is not null;
            MyLines = mine?.Lines.ToDictionary(l => l.CandidateId) ?? [];
        }
        if (round.Kind == VotingRoundKind.PaperDots && scope.IsOrganizer)
        {
            PaperCounts = await db.PaperDotCounts.AsNoTracking().Where(p => p.RoundId == roundId)
                .ToDictionaryAsync(p => (p.CandidateId, p.VoterTypeId), p => p.Dots, cancellationToken);
        }
        // Results stay hidden from everyone until the round closes (domain.md 2.2: vote silently).
        if (!round.IsOpen) Tally = await results.CountAsync(round, cancellationToken);
        return true;
    }
}
