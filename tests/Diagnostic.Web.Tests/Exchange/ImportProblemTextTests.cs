using System.Globalization;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Partners;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Pages.Admin.Partners;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>Every kind of import error is worded in both languages; an error without a kind gets a sentence with its row, never the English message.</summary>
public sealed class ImportProblemTextTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_kind_of_import_error_is_worded(string language) => InLanguage(language, () =>
    {
        var exchange = factory.Services.GetRequiredService<IStringLocalizer<ExchangeText>>();
        var partners = factory.Services.GetRequiredService<IStringLocalizer<PartnersText>>();

        var missing = Enum.GetNames<ResponseCsvProblem>().Append("Other").Where(k => exchange["ImportProblem." + k].ResourceNotFound)
            .Concat(Enum.GetNames<PartnerCsvProblem>().Append("Other").Where(k => partners["ImportProblem." + k].ResourceNotFound).Select(k => "partners " + k))
            .ToList();
        Assert.True(missing.Count == 0, "not worded: " + string.Join(", ", missing));
    });

    [Theory]
    [InlineData("fr", "Ligne 7 : le fichier ne peut pas être lu à cet endroit.")]
    [InlineData("en", "Line 7: the file cannot be read at this point.")]
    public void An_error_without_a_kind_names_its_row_in_the_readers_language(string language, string expected) => InLanguage(language, () =>
    {
        var exchange = factory.Services.GetRequiredService<IStringLocalizer<ExchangeText>>();
        var shared = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var partners = factory.Services.GetRequiredService<IStringLocalizer<PartnersText>>();

        var response = ImportProblemText.For(exchange, shared, new ResponseCsvError(7, null, "Unexpected end of record"), null);
        var partner = PartnerProblemText.For(partners, new PartnerCsvError(7, null, "Unexpected end of record"));

        Assert.StartsWith(expected, response);
        Assert.StartsWith(expected, partner);
        Assert.DoesNotContain("Unexpected", response + partner);
    });

    private static void InLanguage(string language, Action check)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
