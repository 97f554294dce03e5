using CsvHelper;

namespace Diagnostic.Core.Csv;

/// <summary>
/// The one CSV writer of the platform, on CsvHelper's <see cref="CsvWriter"/>: RFC 4180 quoting (only fields holding
/// the separator, a quote or a line break), the dialect's separator, line end and byte order mark, and free-text
/// cells neutralised by <see cref="FormulaGuard"/>. Every export writes through it, so quoting is decided once.
/// </summary>
public sealed class CsvTable : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter _csv;

    private CsvTable(CsvWriter csv) => _csv = csv;

    /// <summary>Writes UTF-8 (with a BOM when the dialect says so) to <paramref name="stream"/>, left open.</summary>
    public static CsvTable To(Stream stream, CsvDialect dialect) =>
        new(CsvWriter.Create(stream, Options(dialect) with { WriteByteOrderMark = dialect.ByteOrderMark }, leaveOpen: true));

    /// <summary>Writes to <paramref name="writer"/>, left open; the writer's own encoding decides any BOM.</summary>
    public static CsvTable To(TextWriter writer, CsvDialect dialect) =>
        new(CsvWriter.Create(writer, Options(dialect), leaveOpen: true));

    /// <summary>A whole file in memory, for downloads that are small (the comité's files).</summary>
    public static byte[] ToBytes(CsvDialect dialect, Action<CsvTable> write)
    {
        using var bytes = new MemoryStream();
        using (var table = To(bytes, dialect))
        {
            write(table);
        }
        return bytes.ToArray();
    }

    /// <summary>A code, number or date, written as it is; null is an empty field.</summary>
    public CsvTable Code(string? value)
    {
        _csv.WriteField(value);
        return this;
    }

    /// <summary>Free text typed by a person, neutralised so that no spreadsheet runs it as a formula.</summary>
    public CsvTable Text(string? value)
    {
        _csv.WriteField(FormulaGuard.Protect(value));
        return this;
    }

    public CsvTable Cell(CsvCell cell) => cell.IsFreeText ? Text(cell.Value) : Code(cell.Value);

    public void EndRow() => _csv.EndRecord();

    /// <summary>Ends the row, writing the buffer out asynchronously when it is nearly full (response bodies refuse synchronous writes).</summary>
    public ValueTask EndRowAsync(CancellationToken cancellationToken = default) => _csv.EndRecordAsync(cancellationToken);

    public void Row(params ReadOnlySpan<CsvCell> cells)
    {
        foreach (var cell in cells) Cell(cell);
        EndRow();
    }

    public ValueTask RowAsync(IReadOnlyList<CsvCell> cells, CancellationToken cancellationToken = default)
    {
        foreach (var cell in cells) Cell(cell);
        return EndRowAsync(cancellationToken);
    }

    public void Flush() => _csv.Flush();

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => _csv.FlushAsync(cancellationToken);

    public void Dispose() => _csv.Dispose();

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private static CsvWriterOptions Options(CsvDialect dialect) => CsvWriterOptions.Default with
    {
        Separator = dialect.Separator,
        NewLine = dialect.NewLine,
    };
}
