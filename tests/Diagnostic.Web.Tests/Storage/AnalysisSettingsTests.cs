using Diagnostic.Core.Analysis;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>Analysis:MinCell enters once, through validated options, and a bad value stops the start.</summary>
public sealed class AnalysisSettingsTests
{
    private sealed class MinCellFactory(string? minCell) : DiagnosticWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (minCell is not null) builder.UseSetting("Analysis:MinCell", minCell);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void The_app_does_not_start_with_a_min_cell_below_one(string minCell)
    {
        using var factory = new MinCellFactory(minCell);

        var refused = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains("Analysis:MinCell must be a whole number of at least 1", refused.Message);
    }

    [Fact]
    public void The_configured_min_cell_reaches_the_portraits()
    {
        using var factory = new MinCellFactory("7");

        Assert.Equal(7, factory.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value.MinCell);
    }
}
