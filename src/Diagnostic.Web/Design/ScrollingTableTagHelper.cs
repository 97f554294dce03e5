using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Design;

/// <summary>
/// Puts every table of every page in a focusable, labelled region that scrolls sideways on its own
/// (<c>&lt;div class="table-scroll" role="region" tabindex="0" aria-labelledby="…"&gt;</c>), so a wide table never
/// pushes a phone's page sideways and a keyboard can still scroll it (axe: scrollable-region-focusable). It works on
/// every page, present and future, without per-page markup. The region is named by the table's caption (given an id
/// when it has none), else by the table's own aria-label, else by a generic « Tableau ». A table already inside such a
/// region (<see cref="TableScrollTagHelper"/>) only lends its caption to it.
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class ScrollingTableTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        var captionId = CaptionId(content, out var withId);
        if (withId is not null) output.Content.SetHtmlContent(withId);
        if (context.Items.TryGetValue(typeof(TableScrollTagHelper), out var holder) && holder is TableScrollTagHelper.Label label)
        {
            label.CaptionId = captionId;
            return;
        }
        var name = captionId is not null ? $"aria-labelledby=\"{captionId}\""
            : output.Attributes.TryGetAttribute("aria-label", out var own) ? $"aria-label=\"{Encode(own.Value)}\""
            : $"aria-label=\"{Encode(text["Table.Region"].Value)}\"";
        output.PreElement.SetHtmlContent($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" {name}>");
        output.PostElement.SetHtmlContent("</div>");
    }

    /// <summary>The caption's id; when the caption has none, one is made and <paramref name="withId"/> is the new content.</summary>
    private string? CaptionId(string content, out string? withId)
    {
        withId = null;
        var caption = Caption().Match(content);
        if (!caption.Success) return null;
        var existing = IdAttribute().Match(caption.Groups["attributes"].Value);
        if (existing.Success) return existing.Groups["id"].Value;
        var id = NextId();
        withId = content[..caption.Index] + $"<caption id=\"{id}\"" + content[(caption.Index + "<caption".Length)..];
        return id;
    }

    /// <summary>table-caption-1, -2… unique within the response.</summary>
    private string NextId()
    {
        var items = ViewContext.HttpContext.Items;
        var next = (items[typeof(ScrollingTableTagHelper)] as int? ?? 0) + 1;
        items[typeof(ScrollingTableTagHelper)] = next;
        return "table-caption-" + next;
    }

    private static string Encode(object? value) => System.Net.WebUtility.HtmlEncode(value?.ToString() ?? "");

    [GeneratedRegex(@"<caption(?<attributes>(?:\s[^>]*)?)>", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\sid\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
