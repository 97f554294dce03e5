namespace Diagnostic.Web;

/// <summary>Marker for Resources/SharedResource.resx (French) and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;
