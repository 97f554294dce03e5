using Microsoft.Playwright;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>The screen sizes the platform is designed for: a common phone first, then a laptop.</summary>
public static class Viewports
{
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    public static ViewportSize Desktop => new() { Width = 1280, Height = 900 };

    public static bool IsPhone(ViewportSize size) => size.Width < 600;
}
