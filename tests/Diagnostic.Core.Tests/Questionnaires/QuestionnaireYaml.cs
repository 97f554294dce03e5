namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>
/// Builds small questionnaire files around a few questions, so a test shows only what it is about.
/// The fixed header takes lines 1–8; the first question starts on line 9, indented by 6 (its keys at column 9
/// in block style, after "- "). Scales come after the questions.
/// </summary>
internal static class QuestionnaireYaml
{
    public const int FirstQuestionLine = 9;

    private const string Header = """
        id: t
        version: 1
        audience: citizen
        title: {fr: T}
        sections:
          - id: s
            title: {fr: S}
            questions:

        """;

    public const string Accord3 = """
        scales:
          accord:
            points:
              - {code: 1, fr: Non}
              - {code: 2, fr: Bof}
              - {code: 3, fr: Oui}
        """;

    public static string WithQuestions(string questions, string scales = Accord3) =>
        Header + Indent(questions, 6) + "\n" + scales + "\n";

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : new string(' ', spaces) + line));
}
