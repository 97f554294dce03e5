namespace Diagnostic.Core.Comite;

/// <summary>Which way a chosen target wants its indicator to move.</summary>
public enum TargetDirection
{
    Increase,
    Decrease,
    Maintain,
}
