namespace Diagnostic.Core.Responses;

/// <summary>All the responses of a file, or every error found in it — never both (all-or-nothing imports).</summary>
public sealed record ResponseCsvReadResult(IReadOnlyList<ResponseRecord> Responses, IReadOnlyList<ResponseCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
