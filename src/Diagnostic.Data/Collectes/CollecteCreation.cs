using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Collectes;

/// <summary>The created collecte, or every refused field and nothing stored.</summary>
public sealed record CollecteCreation(Collecte? Collecte, IReadOnlyList<CollecteError> Errors)
{
    public bool Succeeded => Collecte is not null;
}
