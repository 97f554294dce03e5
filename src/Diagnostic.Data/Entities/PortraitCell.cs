using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Data.Entities;

/// <summary>
/// The portrait's accumulators for one collecte × audience × neighbourhood (Core's PortraitBuilder.WriteCell and
/// LikertCountsBuilder.WriteCell), kept up to date in the transaction of every write of the collecte's responses,
/// so a portrait is a merge of these rows instead of a pass over every answer (Portraits/PortraitCells).
/// </summary>
public sealed class PortraitCell
{
    public long Id { get; set; }
    public int CollecteId { get; set; }
    public Collecte? Collecte { get; set; }
    public Audience Audience { get; set; }

    /// <summary>"" for responses without a neighbourhood, as the analysis reads them.</summary>
    public required string NeighbourhoodCode { get; set; }

    /// <summary>Snapshot hash and PortraitBuilder.CellFormat the bytes were written for; any other is rebuilt.</summary>
    public required string QuestionnaireHash { get; set; }
    public int Format { get; set; }
    public int Respondents { get; set; }
    public required byte[] Accumulators { get; set; }
    public required byte[] LikertCounts { get; set; }
}
