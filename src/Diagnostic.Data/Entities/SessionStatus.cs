namespace Diagnostic.Data.Entities;

public enum SessionStatus
{
    Draft,
    Open,
    Closed,
    Archived,
}
