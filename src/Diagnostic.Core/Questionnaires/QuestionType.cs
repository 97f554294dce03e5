namespace Diagnostic.Core.Questionnaires;

public enum QuestionType
{
    Scale,
    Single,
    Multiple,
    Ranking,
    Number,
    Text,
}
