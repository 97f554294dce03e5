using Diagnostic.Data.Entities;

namespace Diagnostic.Data.Partners;

/// <summary>Checks one data line of the partners CSV.</summary>
internal static class PartnerRowParser
{
    public static PartnerRow? Parse(
        string[] fields, int[] positions, int line, IReadOnlySet<string> territoryCodes,
        Dictionary<string, int> names, List<PartnerCsvError> errors)
    {
        var width = positions.Max() + 1;
        if (fields.Length < width)
        {
            errors.Add(new PartnerCsvError(line, null, $"expected {width} fields, found {fields.Length}",
                PartnerCsvProblem.FieldCount, width, fields.Length));
            return null;
        }
        string Field(int column) => positions[column] < 0 ? "" : fields[positions[column]];
        var before = errors.Count;
        var name = Field(0);
        if (name.Length == 0) errors.Add(new PartnerCsvError(line, "name", "empty name", PartnerCsvProblem.EmptyName));
        else if (name.Length > PartnerOrganisation.MaxNameLength)
            errors.Add(new PartnerCsvError(line, "name", $"name longer than {PartnerOrganisation.MaxNameLength} characters",
                PartnerCsvProblem.NameTooLong, PartnerOrganisation.MaxNameLength));
        else if (!names.TryAdd(name, line)) errors.Add(new PartnerCsvError(line, "name", $"duplicate name '{name}' (first on row {names[name]})",
                PartnerCsvProblem.DuplicateName, name, names[name]));
        if (!PartnerNetworks.TryParse(Field(1), out var network))
        {
            errors.Add(new PartnerCsvError(line, "network",
                $"unknown network '{Field(1)}' ({string.Join(", ", PartnerNetworks.Codes.Values)})",
                PartnerCsvProblem.UnknownNetwork, Field(1), string.Join(", ", PartnerNetworks.Codes.Values)));
        }
        var neighbourhoods = Field(3).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var code in neighbourhoods.Where(c => !territoryCodes.Contains(c)))
        {
            errors.Add(new PartnerCsvError(line, "neighbourhoods", $"unknown territory code '{code}'", PartnerCsvProblem.UnknownTerritory, code));
        }
        // Stored joined by '|', as the directory keeps them: the column's limit is on the joined text.
        if (string.Join('|', neighbourhoods).Length > PartnerOrganisation.MaxNeighbourhoodsServedLength)
        {
            errors.Add(new PartnerCsvError(line, "neighbourhoods",
                $"neighbourhoods longer than {PartnerOrganisation.MaxNeighbourhoodsServedLength} characters once joined by '|'",
                PartnerCsvProblem.NeighbourhoodsTooLong, PartnerOrganisation.MaxNeighbourhoodsServedLength));
        }
        var sector = Field(2);
        if (sector.Length > PartnerOrganisation.MaxSectorLength)
            errors.Add(new PartnerCsvError(line, "sector", $"sector longer than {PartnerOrganisation.MaxSectorLength} characters",
                PartnerCsvProblem.SectorTooLong, PartnerOrganisation.MaxSectorLength));
        return errors.Count > before ? null : new PartnerRow(line, name, network, sector.Length == 0 ? null : sector, neighbourhoods);
    }
}
