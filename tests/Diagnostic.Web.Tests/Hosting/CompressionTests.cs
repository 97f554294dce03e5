using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Portraits;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// Issue 16: style sheets, scripts, chart drawings and the public portrait pages go out compressed (Brotli, else gzip);
/// nothing that carries an antiforgery token (a form, or any page of a signed-in reader) is, so BREACH has no secret to
/// guess.
/// </summary>
public sealed class CompressionTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string encoding = "br, gzip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }

    private async Task<HttpClient> AnonymousAsync()
    {
        await PortraitData.SeedAsync(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Theory]
    [InlineData("/portrait/test/graphiques/heatmap.svg?lang=fr&largeur=360", "image/svg+xml", "br")]
    [InlineData("/portrait/test/quartier/nord", "text/html", "br")]
    public async Task Charts_style_sheets_and_public_portrait_pages_are_compressed(string path, string type, string encoding)
    {
        var response = await GetAsync(await AnonymousAsync(), path);
        Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decoder.CopyToAsync(plain);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True(compressed.Length * 2 < plain.Length, $"{compressed.Length} bytes for {plain.Length}");
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    /// <summary>Static files come compressed too (MapStaticAssets serves its precompressed copies where it has them).</summary>
    [Fact]
    public async Task A_style_sheet_goes_out_compressed()
    {
        var response = await GetAsync(await AnonymousAsync(), "/css/site.css");

        Assert.NotEmpty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Gzip_serves_a_client_without_brotli()
    {
        var response = await GetAsync(await AnonymousAsync(), "/portrait/test/graphiques/heatmap.svg?lang=fr&largeur=360", "gzip");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/connexion")]
    [InlineData("/s/test")]
    public async Task A_page_with_a_form_is_not_compressed(string path)
    {
        var response = await GetAsync(await AnonymousAsync(), path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("__RequestVerificationToken", html);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_signed_in_readers_portrait_page_holds_a_token_and_is_not_compressed_though_her_charts_are()
    {
        await PortraitData.SeedAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer, followRedirects: false, DiagnosticWebFactory.OpenCode);

        var page = await GetAsync(organizer.Client, "/portrait/test/quartier/nord");
        var chart = await GetAsync(organizer.Client, "/portrait/test/graphiques/scores.svg?lang=fr&quartier=nord&largeur=360");

        Assert.Contains("__RequestVerificationToken", await page.Content.ReadAsStringAsync());
        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], chart.Content.Headers.ContentEncoding);
    }
}
