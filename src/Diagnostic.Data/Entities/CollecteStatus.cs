namespace Diagnostic.Data.Entities;

public enum CollecteStatus
{
    Draft,
    Open,
    Closed,
    Archived,
}
