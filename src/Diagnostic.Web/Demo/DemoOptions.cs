namespace Diagnostic.Web.Demo;

/// <summary>
/// Settings of the demo generator. The same options, questionnaire and neighbourhoods always give the same responses.
/// Rates are per respondent and question (per dimension for <paramref name="SkipDimensionRate"/>).
/// </summary>
public sealed record DemoOptions(
    int Seed,
    DateTimeOffset CollecteStart,
    DateTimeOffset CollecteEnd,
    double DontKnowRate = 0.05,
    double SkipRate = 0.08,
    double SkipDimensionRate = 0.03,
    double TextAnswerRate = 0.4,
    double EnglishRate = 0.1);
