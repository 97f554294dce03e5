namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// What one cheap query says about a collecte's portrait: who may see it, and which answers it rests on.
/// Count and highest id of the submitted responses change with every new submission, so they name a portrait version.
/// </summary>
public sealed record PortraitStamp(int CollecteId, bool IsPublic, int Submitted, long LastResponseId);
