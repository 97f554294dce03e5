using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Diagnostic.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DiagnosticDbContext>
{
    public DiagnosticDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DiagnosticDbContext>();
        DiagnosticDatabase.Configure(options, "Data Source=design-time.db");
        return new DiagnosticDbContext(options.Options);
    }
}
