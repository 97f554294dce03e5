namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>The web app as on a fresh clone: demo mode on, the repository's questionnaires/ folder.</summary>
public sealed class DemoWebFactory : DiagnosticWebFactory
{
    protected override bool DemoEnabled => true;
}
