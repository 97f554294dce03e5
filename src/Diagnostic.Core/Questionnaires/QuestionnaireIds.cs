using System.Text.RegularExpressions;

namespace Diagnostic.Core.Questionnaires;

/// <summary>The id patterns of the format: questionnaires `[a-z0-9-]+`, sections, questions and scales `[a-z][a-z0-9_]*`.</summary>
internal static partial class QuestionnaireIds
{
    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionnairePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();

    public static bool IsQuestionnaireId(string id) => QuestionnairePattern().IsMatch(id);

    public static bool IsItemId(string id) => ItemPattern().IsMatch(id);
}
