namespace Diagnostic.Web.Tests.Portraits.Disclosure;

/// <summary>
/// What a reader learns of each figure, per unit (a neighbourhood code, or ALL), gathered over every page and file
/// of a portrait: a number where any source shows one, null where every source hides it.
/// </summary>
public sealed class FigureObservations
{
    public const string All = "ALL";

    private readonly Dictionary<string, Dictionary<string, int?>> _figures = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    public IEnumerable<string> Figures => _figures.Keys;

    /// <summary>Problems found while adding: two sources giving one figure of one unit different numbers.</summary>
    public IReadOnlyList<string> Conflicts => _problems;

    public int Count => _figures.Values.Sum(f => f.Count);

    public void Add(string figure, string unit, int? value, string source)
    {
        if (!_figures.TryGetValue(figure, out var units))
            _figures[figure] = units = new Dictionary<string, int?>(StringComparer.Ordinal);
        if (units.TryGetValue(unit, out var known) && known is { } k && value is { } v && k != v)
            _problems.Add($"{source}: {figure} of {unit} reads {v}, elsewhere {k}");
        if (!units.ContainsKey(unit) || value is not null)
            units[unit] = value ?? known;
    }

    public IReadOnlyDictionary<string, int?> Of(string figure) =>
        _figures.TryGetValue(figure, out var units) ? units : new Dictionary<string, int?>();

    /// <summary>
    /// For each figure whose ALL is shown: the neighbourhoods it does not show. When exactly one of them is left and
    /// ALL minus the shown ones is not zero, that neighbourhood's hidden number is given back by subtraction.
    /// A residue of zero gives back only that nobody is there (a neighbourhood without answers).
    /// </summary>
    public IReadOnlyList<string> Subtractions(IReadOnlyCollection<string> neighbourhoods)
    {
        var leaks = new List<string>();
        foreach (var (figure, units) in _figures)
        {
            if (units.GetValueOrDefault(All) is not { } total) continue;
            var unshown = neighbourhoods.Where(n => units.GetValueOrDefault(n) is null).ToList();
            var residue = total - neighbourhoods.Sum(n => units.GetValueOrDefault(n) ?? 0);
            if (unshown.Count == 1 && residue != 0)
                leaks.Add($"{figure}: {unshown[0]} = {total} − the others = {residue}");
        }
        return leaks;
    }
}
