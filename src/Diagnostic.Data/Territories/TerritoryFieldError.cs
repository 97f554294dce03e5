namespace Diagnostic.Data.Territories;

/// <summary>A refused field of the territory form: <see cref="Key"/> names the message, <see cref="Argument"/> fills it.</summary>
public sealed record TerritoryFieldError(string Field, string Key, string? Argument = null);
