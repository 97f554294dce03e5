using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Questionnaires;

/// <summary>A valid questionnaire file with the exact text it was read from (the text becomes a snapshot).</summary>
public sealed record OfferedQuestionnaire(Questionnaire Questionnaire, string Yaml, string File);
