using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>The draft cookie opens once per process (issue 16) and still refuses what it did not write.</summary>
public sealed class DraftCookieTests
{
    private readonly DraftCookie cookie = new(DataProtectionProvider.Create("draft-cookie-tests"));

    [Fact]
    public void A_value_read_again_names_the_same_draft()
    {
        var value = Written("code-a", "public-1", "ABCD-EFGH");

        Assert.Equal(("public-1", "ABCD-EFGH"), cookie.Read(Request("code-a", value), "code-a"));
        Assert.Equal(("public-1", "ABCD-EFGH"), cookie.Read(Request("code-a", value), "code-a"));
    }

    [Fact]
    public void A_changed_value_is_refused_even_after_the_genuine_one_was_opened()
    {
        var value = Written("code-b", "public-2", "WXYZ-1234");
        Assert.NotNull(cookie.Read(Request("code-b", value), "code-b"));

        var tampered = value[..^2] + (value[^2] == 'A' ? "B" : "A") + value[^1];

        Assert.Null(cookie.Read(Request("code-b", tampered), "code-b"));
        Assert.Null(cookie.Read(Request("code-b", "not-a-cookie"), "code-b"));
    }

    [Fact]
    public void A_value_written_by_another_key_ring_is_refused()
    {
        var foreign = new DraftCookie(DataProtectionProvider.Create("another-application"));
        var context = new DefaultHttpContext();
        foreign.Write(context.Response, "code-c", "public-3", "QQQQ-RRRR");

        Assert.Null(cookie.Read(Request("code-c", CookieValue(context, "code-c")), "code-c"));
    }

    private string Written(string code, string publicId, string resumeCode)
    {
        var context = new DefaultHttpContext();
        cookie.Write(context.Response, code, publicId, resumeCode);
        return CookieValue(context, code);
    }

    private static string CookieValue(HttpContext context, string code)
    {
        var header = context.Response.Headers.SetCookie.ToString();
        var start = header.IndexOf('=', StringComparison.Ordinal) + 1;
        Assert.StartsWith(DraftCookie.Name(code) + "=", header, StringComparison.Ordinal);
        return Uri.UnescapeDataString(header[start..header.IndexOf(';', StringComparison.Ordinal)]);
    }

    private static HttpRequest Request(string code, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = DraftCookie.Name(code) + "=" + Uri.EscapeDataString(value);
        return context.Request;
    }
}
