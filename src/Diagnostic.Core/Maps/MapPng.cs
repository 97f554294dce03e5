using SkiaSharp;

namespace Diagnostic.Core.Maps;

/// <summary>
/// A laid-out choropleth as PNG, drawn with SkiaSharp (ScottPlot's own renderer, so no other native library): the same
/// shapes, hatching, labels and legend as <see cref="MapSvg"/>, at <c>scale</c> pixels per SVG unit.
/// </summary>
public static class MapPng
{
    public const double DefaultScale = 2;
    private const float HatchSpacing = 8;
    private const float HatchWidth = 3;
    private static readonly SKColor Outline = SKColor.Parse("#333333");
    private static readonly SKColor HatchInk = SKColor.Parse("#555555");

    /// <summary>The image's size for a drawing: its SVG size times the scale, rounded up.</summary>
    public static (int Width, int Height) Size(MapDrawing map, double scale) =>
        ((int)Math.Ceiling(map.Width * scale), (int)Math.Ceiling(map.Height * scale));

    public static byte[] Write(MapDrawing map, double scale = DefaultScale)
    {
        var (width, height) = Size(map, scale);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        using var typeface = SKTypeface.FromFamilyName(Charts.ChartCanvas.FontFamily) ?? SKTypeface.Default;
        using var bold = SKTypeface.FromFamilyName(Charts.ChartCanvas.FontFamily, SKFontStyle.Bold) ?? typeface;
        foreach (var shape in map.Shapes)
        {
            using var path = Path(shape);
            Fill(canvas, path, shape.Fill);
            using var stroke = new SKPaint { Color = Outline, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
            canvas.DrawPath(path, stroke);
        }
        foreach (var label in map.Labels)
        {
            using var font = new SKFont(label.Bold ? bold : typeface, 11);
            var (ink, halo) = label.Light ? (SKColors.White, SKColor.Parse("#08519c")) : (SKColor.Parse("#111111"), SKColors.White);
            using var haloPaint = new SKPaint { Color = halo, Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            using var inkPaint = new SKPaint { Color = ink, IsAntialias = true };
            canvas.DrawText(label.Text, (float)label.X, (float)label.Y, SKTextAlign.Center, font, haloPaint);
            canvas.DrawText(label.Text, (float)label.X, (float)label.Y, SKTextAlign.Center, font, inkPaint);
        }
        using var legendFont = new SKFont(typeface, 12);
        using var legendInk = new SKPaint { Color = SKColor.Parse("#222222"), IsAntialias = true };
        foreach (var swatch in map.Legend)
        {
            var box = SKRect.Create((float)ChoroplethMap.Margin, (float)swatch.Y, 18, 14);
            using var path = new SKPath();
            path.AddRect(box);
            Fill(canvas, path, swatch.Fill);
            using var stroke = new SKPaint { Color = Outline, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            canvas.DrawRect(box, stroke);
            canvas.DrawText(swatch.Text, (float)(ChoroplethMap.Margin + 26), (float)(swatch.Y + 12), SKTextAlign.Left, legendFont, legendInk);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKPath Path(MapShape shape)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in shape.Rings)
        {
            if (ring.Count == 0) continue;
            path.MoveTo((float)ring[0].X, (float)ring[0].Y);
            for (var i = 1; i < ring.Count; i++) path.LineTo((float)ring[i].X, (float)ring[i].Y);
            path.Close();
        }
        return path;
    }

    /// <summary>A colour, or the hatching: white under diagonal lines 8 units apart, as the SVG pattern draws it.</summary>
    private static void Fill(SKCanvas canvas, SKPath path, MapFill fill)
    {
        if (!fill.Hatched)
        {
            using var paint = new SKPaint { Color = SKColor.Parse(fill.Colour!), IsAntialias = true };
            canvas.DrawPath(path, paint);
            return;
        }
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawPath(path, white);
        canvas.Save();
        canvas.ClipPath(path, antialias: true);
        var bounds = path.Bounds;
        using var line = new SKPaint { Color = HatchInk, Style = SKPaintStyle.Stroke, StrokeWidth = HatchWidth, IsAntialias = true };
        // Lines x + y = c, c stepping by spacing × √2 so they lie HatchSpacing apart.
        var step = HatchSpacing * MathF.Sqrt(2);
        var first = MathF.Floor((bounds.Left + bounds.Top) / step) * step;
        for (var c = first; c <= bounds.Right + bounds.Bottom + step; c += step)
        {
            canvas.DrawLine(c - bounds.Top, bounds.Top, c - bounds.Bottom, bounds.Bottom, line);
        }
        canvas.Restore();
    }
}
