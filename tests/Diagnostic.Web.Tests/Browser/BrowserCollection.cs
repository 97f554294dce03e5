namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// Every browser test class joins this collection so the whole suite shares one web app and one Chromium;
/// each test still gets its own browser context (cookies, storage) through <see cref="BrowserFixture.NewSessionAsync"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
