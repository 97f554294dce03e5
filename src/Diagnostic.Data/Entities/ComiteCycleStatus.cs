namespace Diagnostic.Data.Entities;

public enum ComiteCycleStatus
{
    Open,

    /// <summary>The year is over: nothing of it may change any more.</summary>
    Closed,
}
