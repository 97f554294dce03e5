namespace Diagnostic.Data.Partners;

/// <summary>The kind of a <see cref="PartnerCsvError"/>; the arguments are listed where they are not obvious.</summary>
public enum PartnerCsvProblem
{
    /// <summary>Arguments: expected field count, found field count.</summary>
    FieldCount,
    EmptyName,

    /// <summary>Argument: the maximum length.</summary>
    NameTooLong,

    /// <summary>Arguments: the name, the row where it first appears.</summary>
    DuplicateName,

    /// <summary>Arguments: the value, the known networks.</summary>
    UnknownNetwork,

    /// <summary>Argument: the code.</summary>
    UnknownTerritory,

    /// <summary>Argument: the maximum length.</summary>
    NeighbourhoodsTooLong,

    /// <summary>Argument: the maximum length.</summary>
    SectorTooLong,

    /// <summary>Argument: the expected header.</summary>
    EmptyFile,
    MissingColumn,

    /// <summary>Argument: the expected header.</summary>
    UnknownColumn,
    BrokenQuoting,
    NotUtf8,
}
