using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diagnostic.Data.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("PartnerOrganisations");
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(PartnerOrganisation.MaxNameLength);
        builder.Property(o => o.Sector).HasMaxLength(PartnerOrganisation.MaxSectorLength);
        builder.Property(o => o.NeighbourhoodsServed).HasMaxLength(PartnerOrganisation.MaxNeighbourhoodsServedLength);
        builder.Property(o => o.ContactPerson).HasMaxLength(200);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.WithdrawTokenHash).HasMaxLength(64);
        builder.HasIndex(o => o.WithdrawTokenHash).IsUnique();
        builder.Ignore(o => o.ServedCodes);
        builder.Property(o => o.Network).HasConversion<LowercaseEnumConverter<PartnerNetwork>>().HasMaxLength(20);
    }
}
