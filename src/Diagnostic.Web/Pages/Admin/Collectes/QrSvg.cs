using QRCoder;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>A QR code as inline SVG that scales with its box (crisp on any printer, no image file).</summary>
public static class QrSvg
{
    public static string Render(string url)
    {
        using var generator = new QRCodeGenerator();
        // M tolerates a poster folded or a little dirty while keeping the code small enough for long addresses.
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        // The XML declaration is not allowed inside HTML.
        return svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
    }
}
