namespace ENamnd.Host.ParticipantDirectory;

/// <summary>The start-up step that seeds demo participants; run after the database is migrated.</summary>
public static class DemoSeedingExtensions
{
    /// <summary>Seeds demo participants into an empty directory when enabled (see <see cref="DemoOptions"/>); idempotent.</summary>
    public static async Task SeedDemoParticipantsAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DemoParticipantSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
}
