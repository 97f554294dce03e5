namespace Diagnostic.Data.Entities;

/// <summary>A meeting of the cycle (comité, public forum, assemblée): agenda, attendance, minutes, decisions; votes happen in it.</summary>
public sealed class Seance
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ComiteCycle? Cycle { get; set; }
    public DateOnly Date { get; set; }
    public SeanceKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>The agenda (ordre du jour), one point a line.</summary>
    public string Agenda { get; set; } = "";

    /// <summary>Minutes (procès-verbal); internal to the comité.</summary>
    public string Notes { get; set; } = "";

    /// <summary>How many citizens came: a head count only, never names.</summary>
    public int? CitizenCount { get; set; }

    /// <summary>The code forum tables type to key in their enjeux; null when the forum takes no entry.</summary>
    public string? ForumCode { get; set; }
    public List<VotingRound> Rounds { get; set; } = [];
    public List<SeanceAttendance> Attendance { get; set; } = [];
    public List<SeanceDecision> Decisions { get; set; } = [];
    public List<ForumEnjeu> ForumEnjeux { get; set; } = [];
}
