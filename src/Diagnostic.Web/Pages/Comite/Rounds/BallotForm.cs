using Diagnostic.Core.Comite;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// Reads a ballot's form fields: <c>Dots[candidateId]</c> and <c>Scores[candidateId-Criterion]</c>. Text that is not a
/// whole number is a problem of its own, never silently read as 0.
/// </summary>
public static class BallotForm
{
    public static IReadOnlyDictionary<int, int> Dots(IReadOnlyDictionary<string, string?> fields, ICollection<BallotProblem> problems)
    {
        var dots = new Dictionary<int, int>();
        foreach (var (key, text) in fields)
        {
            if (!int.TryParse(key, out var candidate)) continue;
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (int.TryParse(text.Trim(), out var value)) dots[candidate] = value;
            else problems.Add(new BallotProblem(BallotProblemKind.NotANumber, candidate));
        }
        return dots;
    }

    public static IReadOnlyDictionary<int, IReadOnlyDictionary<Criterion, int?>> Scores(
        IReadOnlyDictionary<string, string?> fields, ICollection<BallotProblem> problems)
    {
        var scores = new Dictionary<int, Dictionary<Criterion, int?>>();
        foreach (var (key, text) in fields)
        {
            var parts = key.Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var candidate) || !Enum.TryParse<Criterion>(parts[1], out var criterion))
                continue;
            var line = scores.TryGetValue(candidate, out var existing) ? existing : scores[candidate] = [];
            if (string.IsNullOrWhiteSpace(text)) line[criterion] = null;
            else if (int.TryParse(text.Trim(), out var value)) line[criterion] = value;
            else problems.Add(new BallotProblem(BallotProblemKind.NotANumber, candidate, criterion));
        }
        return scores.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<Criterion, int?>)p.Value);
    }

    public static string ScoreKey(int candidate, Criterion criterion) => $"{candidate}-{criterion}";
}
