using Diagnostic.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

/// <summary>The three roles exist as soon as the database is migrated, for the web app and the CLI alike.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Roles.All.Select(name => new IdentityRole
        {
            // Fixed values: generated ones would change the model, and so the migration, at every build.
            Id = "role-" + name,
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = "role-" + name,
        }));
}
