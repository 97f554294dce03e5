using Diagnostic.Core.Formatting;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Numbers as the page's reader expects them: « 42 % », « 1 250 », « q = 0,003 » in French; 42%, 1,250, q = 0.003 in English.</summary>
public sealed class PortraitNumbers(string language)
{
    private readonly NumberText text = NumberText.For(language);

    public string Number(double value, int decimals = 0) => text.Number(value, decimals);

    public string Count(int value) => Number(value);

    /// <summary>Whole percentages, as published shares are (domain.md 3.3, rule 5).</summary>
    public string Percent(double fraction) => text.Percent(fraction);

    /// <summary>« q = 0,003 », or « q &lt; 0,001 » below what three decimals can say.</summary>
    public string Q(double q) => q < 0.001 ? "q < " + Number(0.001, 3) : "q = " + Number(q, 3);

    /// <summary>« n = 140 » that never breaks across lines.</summary>
    public string NEquals(int n) => "n\u00A0=\u00A0" + Count(n);

    /// <summary>A signed difference of scores: « +8 », « −11 ».</summary>
    public string Difference(double diff) => (diff >= 0 ? "+" : "−") + Number(Math.Abs(diff));
}
