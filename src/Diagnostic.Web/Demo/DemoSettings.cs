using System.ComponentModel.DataAnnotations;

namespace Diagnostic.Web.Demo;

/// <summary>Section "Demo": seed a demonstration territory and collectes into an empty database.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>How many synthetic submitted responses the citizen collecte gets.</summary>
    [Range(0, 100_000)]
    public int Responses { get; set; } = 300;

    /// <summary>The generator's seed, so two demo databases hold the same answers.</summary>
    public int Seed { get; set; } = 2026;
}
