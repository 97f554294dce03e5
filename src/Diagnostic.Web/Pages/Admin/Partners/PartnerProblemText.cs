using Diagnostic.Data.Partners;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Admin.Exchange;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// A refused partners file's problem in the reader's language: the kind and its arguments, worded by the resources
/// (« ImportProblem.&lt;kind&gt; »); a problem without a kind gets a general sentence with its row, never the English message.
/// </summary>
public static class PartnerProblemText
{
    public static string For(IStringLocalizer<PartnersText> words, PartnerCsvError error)
    {
        var other = words["ImportProblem.Other", Numbers.Current.Count(error.Row)].Value;
        if (error.Kind is not { } kind) return other;
        var worded = words["ImportProblem." + kind, [.. error.Arguments.Select(ImportProblemText.Worded)]];
        return worded.ResourceNotFound ? other : worded.Value;
    }
}
