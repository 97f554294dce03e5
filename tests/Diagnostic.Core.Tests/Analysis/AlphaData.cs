namespace Diagnostic.Core.Tests.Analysis;

/// <summary>
/// 32 respondents × 3 items of a 1–4 scale (the second one reversed in the questionnaire), drawn once with
/// numpy.random.default_rng(7); the expected values next to the tests were computed from these very rows.
/// </summary>
internal static class AlphaData
{
    public const string Packed =
        "424;433;333;323;422;313;314;142;241;222;223;313;424;141;222;413;132;414;242;223;413;242;243;232;213;231;314;332;242;323;323;432";

    public static IReadOnlyList<int[]> Rows { get; } =
        Packed.Split(';').Select(r => r.Select(c => c - '0').ToArray()).ToArray();
}
