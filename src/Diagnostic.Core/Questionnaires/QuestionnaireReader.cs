namespace Diagnostic.Core.Questionnaires;

/// <summary>Reads a questionnaire YAML file (shared/questionnaire-format.md) into a validated <see cref="Questionnaire"/>.</summary>
public static class QuestionnaireReader
{
    public static QuestionnaireReadResult ReadFile(string path) =>
        Read(File.ReadAllText(path), path);

    /// <summary>Reads YAML text; <paramref name="fileName"/> is used in error positions.
    /// The questionnaire's SourceHash is the SHA-256 (hex) of the text, so a stored snapshot can be recognised.</summary>
    public static QuestionnaireReadResult Read(string yaml, string fileName) =>
        throw new NotImplementedException("questionnaire helper");
}
