using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Design;

/// <summary>
/// A page's own <c>&lt;div class="table-scroll"&gt;</c> around a table becomes the focusable, labelled region that
/// <see cref="ScrollingTableTagHelper"/> would have made (attributes the page already gives are kept), and the table
/// inside is not wrapped twice.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-scroll]")]
public sealed class TableScrollTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>Filled by the table inside: the id of its caption, if it has one.</summary>
    public sealed class Label
    {
        public string? CaptionId { get; set; }
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var label = new Label();
        context.Items[typeof(TableScrollTagHelper)] = label;
        await output.GetChildContentAsync();
        if (!output.Attributes.ContainsName("role")) output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("tabindex")) output.Attributes.SetAttribute("tabindex", "0");
        if (output.Attributes.ContainsName("aria-labelledby") || output.Attributes.ContainsName("aria-label")) return;
        if (label.CaptionId is { } id) output.Attributes.SetAttribute("aria-labelledby", id);
        else output.Attributes.SetAttribute("aria-label", text["Table.Region"].Value);
    }
}
