using ENamnd.Activities.Municipalities;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Participants;

/// <summary>Fills an empty participant directory with <see cref="DemoParticipants"/> when <see cref="DemoOptions"/> allows it; safe to run at every start.</summary>
public sealed class DemoParticipantSeeder(
    EfParticipantDirectory directory,
    MunicipalityRegistry municipalities,
    DatabaseSettings database,
    IOptions<DemoOptions> options,
    ILogger<DemoParticipantSeeder> logger)
{
    /// <summary>True when demo people may be added: as configured, else only on the embedded SQLite database.</summary>
    public bool Enabled => DemoOptions.Seeds(options.Value.SeedParticipants, database.Provider);

    /// <summary>Adds the demo people if enabled and the directory is empty; returns how many were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled || !await directory.IsEmptyAsync(cancellationToken)) return 0;
        var people = DemoParticipants.For(municipalities);
        try
        {
            if (await directory.AddAsync(people, cancellationToken) != ParticipantWriteOutcome.Saved) return 0;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Another host seeded at the same moment; its rows have the same stable ids, so the directory is seeded.
            logger.LogInformation("Demo participants were seeded by another host");
            return 0;
        }
        logger.LogInformation("Seeded {Count} demo participants (Demo:SeedParticipants)", people.Count);
        return people.Count;
    }
}
