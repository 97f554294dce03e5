namespace Diagnostic.Core.Questionnaires;

public sealed record ScalePoint(int Code, LocalizedText Label);

/// <summary>An ordered rating scale; points go from lowest to highest, codes strictly increasing.</summary>
public sealed record Scale(string Id, IReadOnlyList<ScalePoint> Points, LocalizedText? DontKnow)
{
    /// <summary>The answer value written for "don't know".</summary>
    public const string DontKnowCode = "NSP";

    public int Lowest => Points[0].Code;
    public int Highest => Points[^1].Code;
    public bool HasDontKnow => DontKnow is not null;

    /// <summary>The 0–100 rescaling of a point code used by dimension scores.</summary>
    public double Rescale(int code) => 100.0 * (code - Lowest) / (Highest - Lowest);

    public bool Contains(int code) => Points.Any(p => p.Code == code);
}
