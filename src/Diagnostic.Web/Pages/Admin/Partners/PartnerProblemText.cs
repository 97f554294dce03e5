using Diagnostic.Data.Partners;
using Diagnostic.Web.Pages.Admin.Exchange;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// A refused partners file's problem in the reader's language: the kind and its arguments, worded by the resources
/// (« ImportProblem.&lt;kind&gt; »); a problem without a kind gets a general sentence with its row, never the English message.
/// </summary>
public static class PartnerProblemText
{
    public static string For(IStringLocalizer<PartnersText> words, PartnerCsvError error) =>
        ImportProblemText.Word(words, error.Row, error.Kind, error.Arguments.Select(ImportProblemText.Worded));
}
