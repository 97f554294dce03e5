using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// The Okabe–Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"), distinguishable with
/// the common colour-vision deficiencies. Neighbourhood and territory always use the same two.
/// </summary>
internal static class OkabeIto
{
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Black = Color.FromHex("#000000");

    /// <summary>The neighbourhood being looked at.</summary>
    public static Color Neighbourhood => Blue;

    /// <summary>The whole territory, the reference.</summary>
    public static Color Territory => Orange;

    public static readonly Color Grey = Color.FromHex("#BBBBBB");
    public static readonly Color DarkGrey = Color.FromHex("#555555");
}
