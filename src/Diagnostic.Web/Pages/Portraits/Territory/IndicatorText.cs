using Diagnostic.Core.Formatting;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>An imported indicator as published: as many decimals as it was given (two at most), then its unit (a percent sign as the language writes it).</summary>
public static class IndicatorText
{
    public static string Value(NumberText numbers, double value, string unit)
    {
        var decimals = value == Math.Round(value) ? 0 : value * 10 == Math.Round(value * 10) ? 1 : 2;
        var text = numbers.Number(value, decimals);
        return unit.Length == 0 ? text : unit == "%" ? text + numbers.PercentSpace + "%" : text + "\u00A0" + unit;
    }
}
