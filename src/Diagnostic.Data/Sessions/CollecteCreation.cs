using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Sessions;

/// <summary>The created collecte, or every refused field and nothing stored.</summary>
public sealed record CollecteCreation(DiagnosisSession? Session, IReadOnlyList<CollecteError> Errors)
{
    public bool Succeeded => Session is not null;
}
