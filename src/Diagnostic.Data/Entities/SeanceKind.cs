namespace Diagnostic.Data.Entities;

public enum SeanceKind
{
    Comite,
    Forum,
    Assemblee,
}
