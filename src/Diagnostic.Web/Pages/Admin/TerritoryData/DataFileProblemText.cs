using Diagnostic.Core.DataFiles;
using Diagnostic.Core.Maps;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// A refused territory, census, indicator or boundary file's problems in the reader's language: Core gives the kind and its
/// arguments, the resources word it (« Problem.&lt;kind&gt; », same arguments); the position stays Core's.
/// </summary>
public static class DataFileProblemText
{
    public static string For(IStringLocalizer<TerritoryDataText> resources, DataFileProblem kind, IReadOnlyList<string> arguments)
    {
        var values = arguments.Cast<object>().ToArray();
        // NetTopologySuite names why a polygon is invalid in English: its error type is worded here instead.
        if (kind == DataFileProblem.InvalidPolygon && values.Length > 0)
        {
            var reason = resources["Polygon." + arguments[0]];
            values[0] = reason.ResourceNotFound ? resources["Polygon.Other"].Value : reason.Value;
        }
        return resources["Problem." + kind, values].Value;
    }

    public static List<FileProblem> Of(IStringLocalizer<TerritoryDataText> resources, IEnumerable<DataFileError> errors) =>
        errors.Select(e => new FileProblem(e.Row, e.Column, For(resources, e.Kind, e.Arguments), e.File)).ToList();

    /// <summary>A boundary problem sits in a feature (Column 0 marks it); 0 is the file as a whole.</summary>
    public static List<FileProblem> Of(IStringLocalizer<TerritoryDataText> resources, IEnumerable<BoundaryError> errors) =>
        errors.Select(e => new FileProblem(e.Feature, 0, For(resources, e.Kind, e.Arguments), e.File)).ToList();
}
