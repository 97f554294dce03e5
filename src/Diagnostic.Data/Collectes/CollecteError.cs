namespace Diagnostic.Data.Collectes;

/// <summary>
/// A refused collecte field. <see cref="Key"/> names the screen message (resource key), <see cref="Message"/>
/// says it in English for the command line, <see cref="Argument"/> fills the screen message.
/// </summary>
public sealed record CollecteError(string Field, string Key, string Message, string? Argument = null)
{
    public override string ToString() => $"{Field}: {Message}";
}
