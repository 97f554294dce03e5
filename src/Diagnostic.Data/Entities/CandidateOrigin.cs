namespace Diagnostic.Data.Entities;

public enum CandidateOrigin
{
    /// <summary>A ranked dimension of a collecte's portrait (PriorityTargets.Rank).</summary>
    Portrait,

    /// <summary>An issue named by hand, e.g. at a forum.</summary>
    Enjeu,
}
