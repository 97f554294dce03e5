namespace Diagnostic.Core.DataFiles;

/// <summary>
/// Why a territory, census, indicator or boundary file is refused. Core reports the kind and its arguments; the CLI prints
/// <see cref="DataFileMessages.English"/>, the web pages word each kind in the reader's language (resource
/// « Problem.&lt;kind&gt; », same arguments in the same order). Arguments are text from the file or invariant numbers.
/// </summary>
public enum DataFileProblem
{
    // Any CSV file (census, indicators).

    /// <summary>A byte sequence that is not UTF-8, at the error's line and field.</summary>
    NotUtf8,

    /// <summary>{0}: the CSV reader's reason.</summary>
    BrokenQuoting,

    /// <summary>{0}: the expected header.</summary>
    EmptyFile,

    /// <summary>{0}: the expected header; {1}: the header found.</summary>
    BadHeader,

    /// <summary>{0}: the number of fields expected; {1}: their names; {2}: the number found.</summary>
    FieldCount,

    // Territories (code,name,parent,population); NotUtf8, BrokenQuoting ({0}: the CLI's English why) and EmptyFile too.

    /// <summary>{0}: the column found; {1}: the expected header.</summary>
    UnknownColumn,

    /// <summary>{0}: the column.</summary>
    ColumnTwice,

    /// <summary>{0}: the missing column; {1}: the expected header.</summary>
    MissingColumn,

    /// <summary>{0}: the header's number of fields; {1}: the number found.</summary>
    FieldCountLikeHeader,

    /// <summary>{0}: the text found.</summary>
    PopulationNotAWholeNumber,

    NoTerritory,

    /// <summary>{0}: the territory's code.</summary>
    EmptyName,

    EmptyCode,

    /// <summary>{0}: the reserved code.</summary>
    ReservedCode,

    /// <summary>{0}: the code; {1}: the line it is first on.</summary>
    DuplicateCode,

    /// <summary>{0}: the parent's code.</summary>
    UnknownParent,

    /// <summary>{0}: the codes of the cycle, « A → B → A ».</summary>
    ParentCycle,

    /// <summary>{0}: the code (not letters, digits, dash, dot or underscore).</summary>
    CodeInvalid,

    /// <summary>{0}: the longest code allowed; {1}: the code's length.</summary>
    CodeTooLong,

    /// <summary>{0}: the longest name allowed; {1}: the name's length.</summary>
    NameTooLong,

    // Census.

    /// <summary>{0}: the question id of the header.</summary>
    UnknownQuestion,

    /// <summary>{0}: the question id of the header.</summary>
    QuestionCannotWeight,

    /// <summary>{0}: the neighbourhood code.</summary>
    UnknownNeighbourhood,

    /// <summary>{0}: the answer code; {1}: the question's codes.</summary>
    UnknownAnswerCode,

    /// <summary>{0}: the neighbourhood; {1}: the answer code; {2}: the line it is already on.</summary>
    DuplicateCensusRow,

    MissingPopulation,

    /// <summary>{0}: the text found.</summary>
    PopulationNotANumber,

    /// <summary>{0}: the population found.</summary>
    NegativePopulation,

    /// <summary>{0}: the neighbourhood with no census row at all.</summary>
    NoCensusRows,

    /// <summary>{0}: the neighbourhood; {1}: the answer code without a row.</summary>
    MissingCensusRow,

    /// <summary>{0}: the neighbourhood; {1}: its respondents; {2}: the answer (group) whose population is 0.</summary>
    ZeroPopulation,

    // Indicators.

    /// <summary>{0}: the code.</summary>
    UnknownTerritoryCode,

    /// <summary>{0}: the longest name allowed.</summary>
    IndicatorNameInvalid,

    MissingValue,

    /// <summary>{0}: the text found.</summary>
    ValueNotANumber,

    /// <summary>{0}: the longest unit allowed.</summary>
    UnitTooLong,

    /// <summary>{0}: the longest source allowed.</summary>
    SourceInvalid,

    /// <summary>{0}: the text found.</summary>
    YearInvalid,

    /// <summary>{0}: the code; {1}: the indicator; {2}: the line it is already on.</summary>
    DuplicateIndicatorRow,

    /// <summary>{0}: the indicator; {1}: the codes without a row.</summary>
    MissingIndicatorRows,

    // Boundaries (GeoJSON); a feature's number is the error's position.

    /// <summary>{0}: line; {1}: column of the first byte that is not UTF-8.</summary>
    NotUtf8Json,

    /// <summary>{0}: line; {1}: the JSON parser's own (English) words.</summary>
    NotJson,

    NotFeatureCollection,

    NoFeature,

    /// <summary>{0}: the property that should hold the code.</summary>
    NoCodeProperty,

    /// <summary>{0}: the code.</summary>
    CodeMatchesNothing,

    /// <summary>{0}: the code; {1}: the feature that has it already.</summary>
    CodeTwice,

    NotPolygon,

    /// <summary>{0}: polygon number.</summary>
    PolygonWithoutRing,

    /// <summary>{0}: polygon; {1}: ring.</summary>
    RingNotArray,

    /// <summary>{0}: polygon; {1}: ring.</summary>
    PositionInvalid,

    /// <summary>{0}: polygon; {1}: ring; {2}, {3}: the position.</summary>
    PositionOutOfRange,

    /// <summary>{0}: polygon; {1}: ring; {2}: positions found.</summary>
    RingTooShort,

    /// <summary>{0}: polygon; {1}: ring; {2}, {3}: first position; {4}, {5}: last position.</summary>
    RingNotClosed,

    /// <summary>{0}: NetTopologySuite's error type (SelfIntersection...); {1}, {2}: where; {3}: its (English) words.</summary>
    InvalidPolygon,
}
