using System.Text;

namespace Diagnostic.Core.Responses;

/// <summary>Raised when the bytes of a response file are not UTF-8; <see cref="Line"/> is where the bad byte is.</summary>
internal sealed class InvalidUtf8Exception(int line) : Exception($"the file is not valid UTF-8 (line {line})")
{
    public int Line { get; } = line;
}

/// <summary>
/// Passes bytes through unchanged while checking that they are UTF-8, so that a file in Windows-1252 is refused
/// with the line of the first bad byte instead of being read with replacement characters.
/// </summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _scratch = new char[16 * 1024];
    private int _newlines;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read], flush: read == 0);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..read], flush: read == 0);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> bytes, bool flush)
    {
        var rest = bytes;
        try
        {
            do
            {
                _decoder.Convert(rest, _scratch, flush, out var used, out _, out _);
                _newlines += rest[..used].Count((byte)'\n');
                rest = rest[used..];
            }
            while (!rest.IsEmpty);
        }
        catch (DecoderFallbackException e)
        {
            var before = Math.Clamp(e.Index, 0, rest.Length);
            throw new InvalidUtf8Exception(_newlines + rest[..before].Count((byte)'\n') + 1);
        }
    }
}
