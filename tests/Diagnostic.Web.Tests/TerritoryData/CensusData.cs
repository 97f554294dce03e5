using System.Net;
using System.Text;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>Census files for the test collecte (nord, est, sud on question `age`), and the upload of a territory-data file.</summary>
internal static class CensusData
{
    public const string Valid = """
        neighbourhood,age,population
        nord,14-34,300
        nord,35+,700
        est,14-34,100
        est,35+,400
        sud,14-34,500
        sud,35+,1500
        """;

    public static async Task<Respondent.Page> UploadAsync(Respondent browser, string page, byte[] file, string name, params (string Name, string Value)[] fields)
    {
        var form = await browser.GetAsync(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token!), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", name },
        };
        foreach (var (field, value) in fields) content.Add(new StringContent(value), field);
        using var response = await browser.Client.PostAsync(page + (page.Contains('?') ? "&" : "?") + "handler=Preview", content);
        return new Respondent.Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>Previews then confirms the file; the page after the confirmation.</summary>
    public static async Task<Respondent.Page> ImportAsync(Respondent browser, string page, string csv, params (string Name, string Value)[] fields)
    {
        var preview = await UploadAsync(browser, page, Encoding.UTF8.GetBytes(csv), "file.csv", fields);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.True(preview.Hidden("FileContent") is not null, preview.Text);
        return await browser.PostWithTokenAsync(page + (page.Contains('?') ? "&" : "?") + "handler=Confirm", preview.Token,
            [("FileContent", preview.Hidden("FileContent")!), ("FileName", "file.csv"), .. fields]);
    }

    /// <summary>The portrait data of <see cref="Portraits.PortraitData"/> with <see cref="Valid"/> imported as its census; a reader's client.</summary>
    public static async Task<Respondent> SeededWithCensusAsync(DiagnosticWebFactory factory)
    {
        await Portraits.PortraitData.SeedAsync(factory);
        if (await CensusCountAsync(factory) == 0)
        {
            var organizer = await Organizer.OrganizerFixture.OrganizerAsync(factory);
            await ImportAsync(organizer.Browser(), "/admin/collectes/test/recensement", Valid);
        }
        return new Respondent(factory.NewClient());
    }

    public static Task<int> CensusCountAsync(DiagnosticWebFactory factory) => factory.WithDbAsync(db => db.CollecteCensuses.CountAsync());
}
