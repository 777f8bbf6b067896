namespace ENamnd.Host.Meetings;

/// <summary>The start-up step that seeds the 2022 meetings; run after the database is migrated.</summary>
public static class MeetingSeedingExtensions
{
    /// <summary>Adds the missing seed meetings when enabled (see <see cref="MeetingSeeder"/>); idempotent.</summary>
    public static async Task SeedMeetingsAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<MeetingSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
}
