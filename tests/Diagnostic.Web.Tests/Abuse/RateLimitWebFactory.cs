using System.Net;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Abuse;

/// <summary>
/// The app with small rate limits (see the settings below) and a test-only way to say which address a request comes
/// from: the in-memory test server has none, so a startup filter reads it from <see cref="AddressHeader"/>.
/// </summary>
public class RateLimitWebFactory : DiagnosticWebFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public const int SubmissionsPerAddress = 6;
    public const int ResumeCodesPerAddress = 5;
    public const int ResumeCodesPerVisitor = 3;
    public const int InvitationCodesPerAddress = 5;
    public const int SignInsPerAddress = 3;

    private static int nextAddress;

    protected virtual string SignInPerAddressSetting => SignInsPerAddress.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:Enabled", "true");
        Rule(builder, "Submissions", SubmissionsPerAddress.ToString(), "2");
        Rule(builder, "ResumeCodes", ResumeCodesPerAddress.ToString(), ResumeCodesPerVisitor.ToString());
        Rule(builder, "InvitationCodes", InvitationCodesPerAddress.ToString(), "3");
        Rule(builder, "SignIn", SignInPerAddressSetting, "0");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    private static void Rule(IWebHostBuilder builder, string name, string perAddress, string perVisitor)
    {
        builder.UseSetting($"RateLimits:{name}:PerAddress", perAddress);
        builder.UseSetting($"RateLimits:{name}:PerVisitor", perVisitor);
        builder.UseSetting($"RateLimits:{name}:WindowSeconds", "300");
    }

    /// <summary>An address no other test uses (10.x.y.z), so each test starts with full windows.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref nextAddress);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    /// <summary>A browser-like client (cookies, no redirects followed) whose requests come from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address, bool followRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
