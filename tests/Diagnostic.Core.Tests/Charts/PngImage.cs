using System.Buffers.Binary;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>The PNG signature and the size from the IHDR chunk (PNG spec, section 5.2 and 11.2.2).</summary>
internal static class PngImage
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] bytes) => bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual(Signature);

    public static (int Width, int Height) Size(byte[] bytes) =>
        (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
}
