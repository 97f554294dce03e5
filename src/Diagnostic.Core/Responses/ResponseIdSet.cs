using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Diagnostic.Core.Responses;

/// <summary>
/// The response ids seen so far in a file, each with the line where it first appeared, for the duplicate check.
/// A dictionary of strings held a million ids as a million objects (about 100 MB with its resizes, and work for
/// every collection); here each id is kept as [length][UTF-8 bytes][line] end to end in 1 MB blocks, and the
/// table holds plain integers (about 21 MB for a million 8-character ids). Ids are compared byte for byte:
/// UTF-8 is one-to-one on well-formed text, and text that is not (a lone surrogate, which a file that passed the
/// UTF-8 check cannot hold) is refused rather than folded into another id.
/// </summary>
internal sealed class ResponseIdSet
{
    private const int BlockBits = 20;
    private const int BlockSize = 1 << BlockBits;
    private const int MaxBlocks = 1 << (31 - BlockBits);
    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);

    private readonly List<byte[]> _blocks = [new byte[BlockSize]];
    private int _used;       // bytes used in the last block
    private int _count;
    private int[] _slots = new int[1024]; // position + 1 of an entry, 0 = free; a power of two, at most half full

    /// <summary>Adds <paramref name="id"/> first seen on <paramref name="line"/>; false when it was already there, with the line where it was.</summary>
    public bool TryAdd(string id, int line, out int firstLine)
    {
        var length = Utf8.GetByteCount(id);
        var size = LengthBytes(length) + length + sizeof(int);
        if (_used + size > _blocks[^1].Length)
        {
            if (_blocks.Count == MaxBlocks) throw new InvalidOperationException("Too many response ids for one file.");
            _blocks.Add(new byte[Math.Max(BlockSize, size)]);
            _used = 0;
        }
        var position = ((_blocks.Count - 1) << BlockBits) | _used;
        var entry = _blocks[^1].AsSpan(_used, size);
        var at = WriteLength(entry, length);
        Utf8.GetBytes(id, entry.Slice(at, length));
        var bytes = entry.Slice(at, length);
        var hash = Hash(bytes);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        for (; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (Stored(_slots[slot] - 1, out var storedLine).SequenceEqual(bytes))
            {
                firstLine = storedLine;
                return false;
            }
        }
        BinaryPrimitives.WriteInt32LittleEndian(entry[(at + length)..], line);
        _used += size;
        _slots[slot] = position + 1;
        _count++;
        if (2 * _count > _slots.Length)
        {
            Grow();
        }
        firstLine = line;
        return true;
    }

    private ReadOnlySpan<byte> Stored(int position, out int line)
    {
        var block = _blocks[position >> BlockBits];
        var offset = position & (BlockSize - 1);
        var length = ReadLength(block, ref offset);
        line = BinaryPrimitives.ReadInt32LittleEndian(block.AsSpan(offset + length));
        return block.AsSpan(offset, length);
    }

    /// <summary>
    /// Sizes the table for <paramref name="expected"/> ids at once: growing by doubling up to a million ids rehashes
    /// them all again and leaves about as much garbage on the large object heap as the final table.
    /// </summary>
    public void Reserve(int expected)
    {
        var wanted = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(2L * expected, 1024, 1 << 30));
        if (wanted > _slots.Length)
        {
            Rehash(wanted);
        }
    }

    private void Grow() => Rehash(2 * _slots.Length);

    private void Rehash(int size)
    {
        _slots = new int[size];
        var mask = _slots.Length - 1;
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            var end = b == _blocks.Count - 1 ? _used : block.Length;
            var offset = 0;
            while (offset < end)
            {
                var position = (b << BlockBits) | offset;
                var length = ReadLength(block, ref offset);
                if (length < 0) break; // the unused tail of a full block
                var slot = Hash(block.AsSpan(offset, length)) & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                _slots[slot] = position + 1;
                offset += length + sizeof(int);
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    // Lengths are written 1 + 7-bit groups so that 0 never starts an entry: a zero byte marks a block's unused tail.
    private static int LengthBytes(int length)
    {
        var count = 1;
        for (var rest = (uint)(length + 1) >> 7; rest != 0; rest >>= 7) count++;
        return count;
    }

    private static int WriteLength(Span<byte> target, int length)
    {
        var value = (uint)(length + 1);
        var i = 0;
        while (value >= 0x80)
        {
            target[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        target[i++] = (byte)value;
        return i;
    }

    private static int ReadLength(byte[] block, ref int offset)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = block[offset++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return (int)value - 1;
    }
}
