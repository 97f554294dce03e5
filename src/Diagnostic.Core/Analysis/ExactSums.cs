using System.Numerics;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Count, Σu and Σu² of integers u, held exactly. Whatever the order of adds, merges and removals, the same answers
/// give the same bits, so a portrait merged from stored accumulators (updated one submission at a time, by several
/// instances) equals the one computed from the rows figure by figure, and a deletion is an exact subtraction.
/// The value behind u is u × unit (unit chosen by <see cref="CellAccumulator"/>: 1 for scale codes, 100/D for scores).
/// </summary>
internal struct ExactSums
{
    public long Count;
    public Int128 Sum;
    public Int128 Squares;

    // |u| up to this has u² within a long: the hot path (scale codes, scores) adds without a 128-bit multiply.
    private const long MaxSmall = 3_037_000_499;

    public void Add(long u, int sign)
    {
        Count += sign;
        if (u is >= -MaxSmall and <= MaxSmall)
        {
            var square = u * u;
            if (sign > 0)
            {
                Sum += u;
                Squares = checked(Squares + square);
            }
            else
            {
                Sum -= u;
                Squares = checked(Squares - square);
            }
            return;
        }
        Int128 value = u;
        Sum += sign * value;
        Squares = checked(Squares + sign * value * value);
    }

    public void Merge(in ExactSums other, int sign = 1)
    {
        Count += sign * other.Count;
        Sum += sign * other.Sum;
        Squares = checked(Squares + sign * other.Squares);
    }

    public readonly bool IsZero => Count == 0 && Sum == 0 && Squares == 0;

    /// <summary>The same moments Welford would give (up to rounding), computed once from the exact sums.</summary>
    public readonly Moments ToMoments(double unit)
    {
        if (Count <= 0) return default;
        var mean = (double)Sum / Count * unit;
        // n·Σu² − (Σu)² is exact in BigInteger; Σ(u − ū)² = that / n, never negative.
        var spread = (BigInteger)Squares * Count - (BigInteger)Sum * Sum;
        var m2 = (double)spread / Count * unit * unit;
        return Moments.FromSummary(checked((int)Count), mean, m2);
    }

    public readonly void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt64(Count);
        WriteInt128(writer, Sum);
        WriteInt128(writer, Squares);
    }

    public static ExactSums Read(BinaryReader reader) =>
        new() { Count = reader.Read7BitEncodedInt64(), Sum = ReadInt128(reader), Squares = ReadInt128(reader) };

    private static void WriteInt128(BinaryWriter writer, Int128 value)
    {
        writer.Write((ulong)(value & ulong.MaxValue));
        writer.Write((long)(value >> 64));
    }

    private static Int128 ReadInt128(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        var high = reader.ReadInt64();
        return ((Int128)high << 64) | low;
    }
}
