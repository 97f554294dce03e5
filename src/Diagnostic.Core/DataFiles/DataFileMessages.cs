using System.Globalization;

namespace Diagnostic.Core.DataFiles;

/// <summary>The English words of each <see cref="DataFileProblem"/>, for the CLI, logs and tests.</summary>
public static class DataFileMessages
{
    private static readonly Dictionary<DataFileProblem, string> Templates = new()
    {
        [DataFileProblem.NotUtf8] = "the file is not valid UTF-8 (save it as « CSV UTF-8 »)",
        [DataFileProblem.BrokenQuoting] = "broken quoting ({0}): a field with quotes must be wholly enclosed in \"...\", inner quotes doubled",
        [DataFileProblem.EmptyFile] = "the file is empty: expected the header {0}",
        [DataFileProblem.BadHeader] = "the header must be {0} (found « {1} »)",
        [DataFileProblem.FieldCount] = "expected {0} fields ({1}), found {2}",
        [DataFileProblem.UnknownColumn] = "wrong header: unknown column '{0}', expected {1}",
        [DataFileProblem.ColumnTwice] = "wrong header: column '{0}' appears twice",
        [DataFileProblem.MissingColumn] = "wrong header: missing column '{0}', expected {1}",
        [DataFileProblem.FieldCountLikeHeader] = "expected {0} fields like the header, found {1}",
        [DataFileProblem.PopulationNotAWholeNumber] = "population '{0}' is not a non-negative whole number (digits only, no spaces)",
        [DataFileProblem.NoTerritory] = "the file lists no territory",
        [DataFileProblem.EmptyName] = "territory '{0}' has an empty name",
        [DataFileProblem.EmptyCode] = "the code is empty",
        [DataFileProblem.ReservedCode] = "the code '{0}' is reserved for the whole territory in portraits",
        [DataFileProblem.DuplicateCode] = "duplicate code '{0}' (first on line {1})",
        [DataFileProblem.UnknownParent] = "unknown parent '{0}': no territory has this code",
        [DataFileProblem.ParentCycle] = "cycle in parents: {0}",
        [DataFileProblem.CodeInvalid] = "code '{0}' may hold only letters, digits, dash, dot or underscore (no accent, no space) and must start with a letter or digit",
        [DataFileProblem.CodeTooLong] = "the code has {1} characters, more than the {0} allowed",
        [DataFileProblem.NameTooLong] = "the name has {1} characters, more than the {0} allowed",
        [DataFileProblem.UnknownQuestion] = "the questionnaire has no question '{0}'",
        [DataFileProblem.QuestionCannotWeight] = "question '{0}' cannot weight: it must be a single-choice question of a profile section",
        [DataFileProblem.UnknownNeighbourhood] = "unknown neighbourhood '{0}'",
        [DataFileProblem.UnknownAnswerCode] = "unknown code '{0}' (the question's codes: {1})",
        [DataFileProblem.DuplicateCensusRow] = "duplicate row: neighbourhood '{0}' and code '{1}' are already on line {2}",
        [DataFileProblem.MissingPopulation] = "missing population",
        [DataFileProblem.PopulationNotANumber] = "population '{0}' is not a number (digits, '.' for decimals)",
        [DataFileProblem.NegativePopulation] = "population {0} is negative",
        [DataFileProblem.NoCensusRows] = "neighbourhood '{0}' has citizen responses but no census row (one row per code is needed)",
        [DataFileProblem.MissingCensusRow] = "neighbourhood '{0}' has no row for code '{1}'",
        [DataFileProblem.ZeroPopulation] = "neighbourhood '{0}' has {1} respondents but a census population of 0 for '{2}': they cannot be weighted",
        [DataFileProblem.UnknownTerritoryCode] = "unknown code '{0}': neither the territory nor one of its neighbourhoods",
        [DataFileProblem.IndicatorNameInvalid] = "the indicator's name is missing or longer than {0} characters",
        [DataFileProblem.MissingValue] = "missing value",
        [DataFileProblem.ValueNotANumber] = "value '{0}' is not a number (digits, '.' for decimals)",
        [DataFileProblem.UnitTooLong] = "the unit is longer than {0} characters",
        [DataFileProblem.SourceInvalid] = "the source is missing or longer than {0} characters",
        [DataFileProblem.YearInvalid] = "year '{0}' is not a year (four digits)",
        [DataFileProblem.DuplicateIndicatorRow] = "duplicate row: '{0}' and indicator '{1}' are already on line {2}",
        [DataFileProblem.MissingIndicatorRows] = "indicator '{0}' has no row for {1} (one row per neighbourhood and one for the territory)",
        [DataFileProblem.NotUtf8Json] = "the file is not valid UTF-8 (line {0}, column {1}): save it as UTF-8",
        [DataFileProblem.NotJson] = "not valid JSON (line {0}): {1}",
        [DataFileProblem.NotFeatureCollection] = "the file must be a GeoJSON FeatureCollection with a \"features\" array",
        [DataFileProblem.NoFeature] = "the FeatureCollection has no feature",
        [DataFileProblem.NoCodeProperty] = "no property '{0}' with the neighbourhood's code",
        [DataFileProblem.CodeMatchesNothing] = "code '{0}' matches no neighbourhood of the territory",
        [DataFileProblem.CodeTwice] = "code '{0}' is already the code of feature {1}",
        [DataFileProblem.NotPolygon] = "the geometry must be a Polygon or a MultiPolygon with coordinates",
        [DataFileProblem.PolygonWithoutRing] = "polygon {0} has no ring",
        [DataFileProblem.RingNotArray] = "polygon {0}, ring {1}: a ring must be an array of positions",
        [DataFileProblem.PositionInvalid] = "polygon {0}, ring {1}: a position must be [longitude, latitude]",
        [DataFileProblem.PositionOutOfRange] = "polygon {0}, ring {1}: position [{2}, {3}] is not a WGS84 longitude/latitude",
        [DataFileProblem.RingTooShort] = "polygon {0}, ring {1}: a ring needs at least 4 positions, found {2}",
        [DataFileProblem.RingNotClosed] = "polygon {0}, ring {1}: the ring does not close: it starts at [{2}, {3}] and ends at [{4}, {5}]",
        [DataFileProblem.InvalidPolygon] = "invalid polygon: {3} near ({1}, {2})",
    };

    public static string English(DataFileProblem kind, IReadOnlyList<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, Templates[kind], [.. arguments]);

    /// <summary>A number as the arguments carry it: invariant, the way the file writes it.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
