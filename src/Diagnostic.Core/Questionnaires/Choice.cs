namespace Diagnostic.Core.Questionnaires;

public sealed record Choice(string Code, LocalizedText Label);
