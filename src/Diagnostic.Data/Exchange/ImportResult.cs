using Diagnostic.Core.Responses;

namespace Diagnostic.Data.Exchange;

/// <summary>What an import did: responses added and already present (skipped), or every error and nothing changed.</summary>
public sealed record ImportResult(int Added, int Skipped, IReadOnlyList<ResponseCsvError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Response rows read from the file (header excluded): added plus already present.</summary>
    public int Read => Added + Skipped;

    public static ImportResult Failed(IReadOnlyList<ResponseCsvError> errors) => new(0, 0, errors);
}
