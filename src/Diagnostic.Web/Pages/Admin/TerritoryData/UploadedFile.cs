namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// The two steps of a territory-data upload: the file is read and checked at preview, then carried back in the form
/// (base64) so that confirming imports exactly the bytes that were previewed, checked again before anything is stored.
/// </summary>
public static class UploadedFile
{
    /// <summary>Null when there is no file, it is empty or larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > maxBytes) return null;
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    /// <summary>Null when the posted text is not base64 (a tampered form).</summary>
    public static byte[]? FromForm(string? base64)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? "");
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string SafeName(IFormFile file, string fallback) =>
        Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : fallback;
}
