using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.TestSupport;

/// <summary>Response records in one line: <c>TestResponses.Of("N1", "3", "NSP", null)</c>.</summary>
public static class TestResponses
{
    private static int _next;

    public static ResponseRecord Of(string neighbourhood, params string?[] values) =>
        Of(Audience.Citizen, neighbourhood, values);

    public static ResponseRecord Of(Audience audience, string neighbourhood, params string?[] values) =>
        new($"r{Interlocked.Increment(ref _next)}", neighbourhood, audience, "fr",
            new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero), values);
}
