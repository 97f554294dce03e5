using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// What the sweep holds every page to (issue 13): no sideways scroll, no serious or critical axe-core violation,
/// and no internal code on screen. Each check returns the problems it saw, in words a developer can act on.
/// </summary>
public static partial class PageChecks
{
    /// <summary>The page is wider than the window: a person has to scroll sideways. Names the widest culprits.</summary>
    private const string OverflowScript = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const limit = root.clientWidth;
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > limit + 1 && getComputedStyle(e).position !== 'fixed')
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= limit + 1)
            .slice(0, 3)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
              + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
          return root.scrollWidth + ' px wide in a ' + limit + ' px window: ' + wide.join(', ');
        }
        """;

    public static async Task<IReadOnlyList<string>> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<string?>(OverflowScript) is { } overflow ? ["sideways scroll: " + overflow] : [];

    /// <summary>Only violations come back whole: the passes of a page with hundreds of elements would cost seconds.</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>axe-core's violations of impact serious or critical, one line each with the first elements concerned.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityAsync(IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Impact} {v.Id}: {v.Help} — " + string.Join(" | ", v.Nodes.Take(3).Select(n => Shorten(n.Html))))
            .ToList();
    }

    /// <summary>
    /// Codes a reader should never see: the all-neighbourhoods code « ALL » as a word, or an identifier with an
    /// underscore (liens_sociaux).
    /// </summary>
    /// <summary>
    /// The text a person sees: rendered (not hidden, not inside a closed « Détails »), outside code, pre, kbd and samp,
    /// where a page shows a code on purpose (a CSV file's column names for an import).
    /// </summary>
    private const string VisibleTextScript = """
        () => {
          const parts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element.closest('code, pre, kbd, samp, script, style, template')) continue;
            if (!element.checkVisibility({ visibilityProperty: true })) continue;
            parts.push(node.textContent);
          }
          return parts.join(' ');
        }
        """;

    public static async Task<IReadOnlyList<string>> InternalCodesAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>(VisibleTextScript);
        return VisibleCodes(text).Select(code => $"internal code on screen: « {code} »").ToList();
    }

    /// <summary>The codes found in a page's visible text (distinct, in order of appearance).</summary>
    public static IReadOnlyList<string> VisibleCodes(string text) =>
        AllWord().Matches(text).Concat(Identifier().Matches(text)).OrderBy(m => m.Index).Select(m => m.Value).Distinct().ToList();

    private static string Shorten(string html) => html.Length <= 120 ? html : html[..120] + "…";

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])ALL(?![\p{L}\p{N}_])")]
    private static partial Regex AllWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_@.])[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+(?![\p{L}\p{N}_]|@)")]
    private static partial Regex Identifier();
}
