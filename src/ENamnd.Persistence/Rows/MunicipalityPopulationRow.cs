using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>One municipality's population at 31 December of a year, as the coordinator imported it from SCB.</summary>
public sealed class MunicipalityPopulationRow
{
    /// <summary>The municipality code (kommunkod), e.g. "2580".</summary>
    public string Code { get; set; } = "";

    /// <summary>The year: the population is the one at 31 December of it.</summary>
    public int Year { get; set; }

    /// <summary>The population (folkmängd).</summary>
    public int Population { get; set; }

    /// <summary>When the year was imported; the same for every row of one import.</summary>
    public DateTimeOffset ImportedAt { get; set; }
}

/// <summary>Maps <see cref="MunicipalityPopulationRow"/>.</summary>
public sealed class MunicipalityPopulationRowConfiguration : IEntityTypeConfiguration<MunicipalityPopulationRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MunicipalityPopulationRow> builder) =>
        builder.ToTable("municipality_populations").HasKey(r => new { r.Code, r.Year });
}
