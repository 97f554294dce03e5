using System.Globalization;
using System.Text;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Writes responses in the format <see cref="ResponseCsvReader"/> reads (export format = import format):
/// the fixed columns, then one column per question in file order, values as stored, RFC 4180 quoting, CRLF.
/// </summary>
public sealed class ResponseCsvWriter(Questionnaire questionnaire, ResponseCsvSeparator separator = ResponseCsvSeparator.Comma)
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";
    private readonly char _separator = separator == ResponseCsvSeparator.Comma ? ',' : ';';
    private readonly System.Buffers.SearchValues<char> _needsQuotes =
        System.Buffers.SearchValues.Create(separator == ResponseCsvSeparator.Comma ? ",\"\r\n" : ";\"\r\n");

    public async Task WriteAsync(IAsyncEnumerable<ResponseRecord> responses, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = Open(stream);
        await writer.WriteAsync(Header());
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(response));
        }
    }

    public async Task WriteAsync(IEnumerable<ResponseRecord> responses, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = Open(stream);
        await writer.WriteAsync(Header());
        foreach (var response in responses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(Line(response));
        }
    }

    private StreamWriter Open(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: separator == ResponseCsvSeparator.SemicolonForExcel), 64 * 1024, leaveOpen: true);

    private string Header() =>
        string.Join(_separator, ResponseCsvHeader.FixedColumns.Concat(questionnaire.Questions.Select(q => q.Id))) + "\r\n";

    private string Line(ResponseRecord response)
    {
        if (response.Values.Count != questionnaire.Questions.Count)
        {
            throw new ArgumentException($"Response '{response.ResponseId}' has {response.Values.Count} values for {questionnaire.Questions.Count} questions.");
        }
        var line = new StringBuilder(256);
        Append(line, response.ResponseId).Append(_separator);
        Append(line, response.Neighbourhood).Append(_separator);
        Append(line, response.Audience.ToCode()).Append(_separator);
        Append(line, response.Language).Append(_separator);
        Append(line, response.SubmittedAt?.ToString(DateFormat, CultureInfo.InvariantCulture));
        foreach (var value in response.Values)
        {
            Append(line.Append(_separator), value);
        }
        return line.Append("\r\n").ToString();
    }

    private StringBuilder Append(StringBuilder line, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return line;
        }
        if (field.AsSpan().IndexOfAny(_needsQuotes) < 0)
        {
            return line.Append(field);
        }
        return line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
