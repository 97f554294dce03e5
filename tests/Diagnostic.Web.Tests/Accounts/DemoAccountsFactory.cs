using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Web.Tests.Accounts;

/// <summary>The demo app with its console messages kept, to read the demo credentials printed at start.</summary>
public sealed class DemoAccountsFactory : Infrastructure.DiagnosticWebFactory
{
    private readonly Capture capture = new();

    protected override bool DemoEnabled => true;

    public IReadOnlyCollection<(LogLevel Level, string Message)> Messages => capture.Messages;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture));
    }

    private sealed class Capture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel, string)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}
