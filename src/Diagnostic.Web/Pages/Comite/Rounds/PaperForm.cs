using Diagnostic.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>Reads the paper-dot grid: <c>Paper[candidateId-voterTypeId]</c>, or <c>Paper[candidateId-all]</c> for uncoloured dots.</summary>
public static class PaperForm
{
    public const string All = "all";

    public static string Key(int candidate, int? voterType) => $"{candidate}-{(voterType?.ToString() ?? All)}";

    public static IReadOnlyDictionary<(int Candidate, int? VoterType), int> Read(
        IReadOnlyDictionary<string, string?> fields, IReadOnlyList<CandidateTarget> candidates, IReadOnlyList<ComiteVoterType> types,
        out IReadOnlyList<string> errors, IStringLocalizer<ComiteText> strings)
    {
        var counts = new Dictionary<(int, int?), int>();
        var problems = new List<string>();
        foreach (var candidate in candidates)
        {
            foreach (int? type in types.Select(t => (int?)t.Id).Append(null))
            {
                var raw = fields.GetValueOrDefault(Key(candidate.Id, type));
                if (string.IsNullOrWhiteSpace(raw)) continue;
                if (!int.TryParse(raw.Trim(), out var dots)) problems.Add(strings["Problem.NotANumber", candidate.Wording, ""]);
                else if (dots < 0) problems.Add(strings["Problem.NegativeDots", candidate.Wording]);
                else counts[(candidate.Id, type)] = dots;
            }
        }
        errors = problems;
        return counts;
    }
}
