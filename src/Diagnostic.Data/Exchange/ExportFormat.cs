namespace Diagnostic.Data.Exchange;

/// <summary>What an export writes: the contract's wide file, one row per answer, or the codebook.</summary>
public enum ExportFormat
{
    Wide,
    Long,
    Codebook,
}
