namespace Diagnostic.Data.Entities;

public enum ResponseStatus
{
    Draft,
    Submitted,
}
