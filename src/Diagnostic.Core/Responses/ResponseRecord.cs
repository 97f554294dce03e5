using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// One submitted response as the analysis and the CSV files see it. <see cref="Values"/> holds one
/// stored answer value per question of the questionnaire, in file order (null when not answered or not shown).
/// </summary>
public sealed record ResponseRecord(
    string ResponseId,
    string Neighbourhood,
    Audience Audience,
    string Language,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<string?> Values);
