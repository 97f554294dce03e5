using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Answer;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>
/// A refused response file's problem in the reader's language: Core gives the kind and its arguments, the resources word it
/// (« ImportProblem.&lt;kind&gt; », same arguments, numbers in the reader's format); a refused value or answer adds, last,
/// its reason as the answer pages word it (<see cref="ProblemText"/>). A problem without a kind (the CSV library's own)
/// gets a general sentence with its row, never the English message.
/// </summary>
public static class ImportProblemText
{
    public static string For(
        IStringLocalizer<ExchangeText> words, IStringLocalizer<SharedResource> shared, ResponseCsvError error, Questionnaire? questionnaire)
    {
        var values = error.Arguments.Select(Worded).ToList();
        if (error.Answer is { } answer)
        {
            var question = error.Column is null ? null : questionnaire?.FindQuestion(error.Column);
            values.Add(ProblemText.For(shared, answer, question));
        }
        return Word(words, error.Row, error.Kind, values);
    }

    /// <summary>
    /// « ImportProblem.&lt;kind&gt; » with its arguments, or, for a problem without a kind or a wording, the general
    /// sentence naming the row: shared by every import page, whose resources hold the same two kinds of keys.
    /// </summary>
    internal static string Word(IStringLocalizer words, int row, Enum? kind, IEnumerable<object> arguments)
    {
        var worded = kind is null ? null : words["ImportProblem." + kind, [.. arguments]];
        return worded is { ResourceNotFound: false } ? worded.Value : words["ImportProblem.Other", Numbers.Current.Count(row)].Value;
    }

    /// <summary>Numbers in the reader's format (« 2 000 »); codes and values as written in the file.</summary>
    internal static object Worded(object argument) => argument is int n ? Numbers.Current.Count(n) : argument;
}
