using System.CommandLine;

namespace Diagnostic.Cli.Commands;

/// <summary>The inputs shared by `portrait` and `priorities`.</summary>
internal sealed class PortraitInputOptions
{
    private readonly Option<string> _questionnaire = new("--questionnaire") { Description = "Questionnaire YAML file", Required = true };
    private readonly Option<string> _responses = new("--responses") { Description = "Response CSV file", Required = true };
    private readonly Option<int> _minCell = MinCellOption.Create("Smallest n shown (small-cell suppression)");

    public void AddTo(Command command)
    {
        command.Options.Add(_questionnaire);
        command.Options.Add(_responses);
        command.Options.Add(_minCell);
    }

    public string Questionnaire(ParseResult r) => r.GetValue(_questionnaire)!;
    public string Responses(ParseResult r) => r.GetValue(_responses)!;
    public int MinCell(ParseResult r) => r.GetValue(_minCell);
}
