using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Analysis;

/// <summary>Two-item answers per neighbourhood ("43" = item 1 answered 4, item 2 answered 3), as pasted into compare.py.</summary>
internal static class ComparisonData
{
    public static readonly IReadOnlyDictionary<string, string> Packed = new Dictionary<string, string>
    {
        ["A"] = "44;43;34;44;33;44;43;44;34;44;33;44",
        ["B"] = "22;23;32;21;33;22;12;23;32;22",
        ["C"] = "11;12;21",
        ["D"] = "12;21;22;11;23;32;12;21;11;22;13;31;22;12;21",
    };

    public static ResponseRecord[] Responses() =>
        Packed.SelectMany(p => p.Value.Split(';').Select(r => TestResponses.Of(p.Key, r[..1], r[1..]))).ToArray();
}
