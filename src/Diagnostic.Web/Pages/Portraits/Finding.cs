namespace Diagnostic.Web.Pages.Portraits;

/// <summary>A force or a défi of a neighbourhood, in words, with the dimension it is about.</summary>
public sealed record Finding(string DimensionId, bool IsForce, string Text);
