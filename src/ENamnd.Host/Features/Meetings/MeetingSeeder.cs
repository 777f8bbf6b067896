using System.Globalization;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Adds the committee's meetings of the current year (Stockholm time), on the embedded SQLite default unless
/// <c>Demo:SeedMeetings</c> says otherwise. The dates follow the committee's year of 2022 (the embedded
/// <c>meetings-2022.csv</c>) carried to the current year by <see cref="MeetingYear"/>; each has a stable id
/// (<c>seed-namnd-2026-03-18</c>), so a meeting already there is left alone and it is safe at every start. A year in
/// which the coordinator has planned committee meetings of their own is left alone as well.
/// </summary>
public sealed class MeetingSeeder(MeetingWriter writer, IDbContextFactory<ENamndDbContext> contexts, DatabaseSettings database,
    IOptions<DemoOptions> options, TimeProvider clock, ILogger<MeetingSeeder> logger)
{
    private const string Resource = "ENamnd.Host.Features.Meetings.Data.meetings-2022.csv";

    /// <summary>The prefix of the seeded meetings' ids.</summary>
    public const string IdPrefix = "seed-";

    /// <summary>True when the seed meetings may be added: as configured, else only on the embedded SQLite database.</summary>
    public bool Enabled => DemoOptions.Seeds(options.Value.SeedMeetings, database.Provider);

    /// <summary>Adds the current year's seed meetings that are missing; returns how many were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled) return 0;
        var year = StockholmTime.DateOf(clock.GetUtcNow()).Year;
        if (await PlannedByHandAsync(year, cancellationToken))
        {
            logger.LogInformation("The committee meetings of {Year} are planned already; no seed meetings added (Demo:SeedMeetings)", year);
            return 0;
        }
        var added = 0;
        foreach (var (id, draft) in Read(year))
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                if (await db.Set<MeetingRow>().AnyAsync(m => m.Id == id, cancellationToken)) continue;
            }
            try
            {
                await writer.CreateAsync(draft, cancellationToken, id);
                added++;
            }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            {
                // Another host added it at the same moment; the id is stable, so it is there.
            }
        }
        if (added > 0) logger.LogInformation("Seeded {Count} committee meetings of {Year} (Demo:SeedMeetings)", added, year);
        return added;
    }

    /// <summary>The seed meetings of <paramref name="year"/> with their stable ids: the 2022 meetings carried to that year (in 2022 the CSV's own dates, <c>seed-namnd-2022-03-16</c> …).</summary>
    public static IReadOnlyList<(string Id, MeetingDraft Draft)> Read(int year)
    {
        using var stream = typeof(MeetingSeeder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var result = new List<(string, MeetingDraft)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split(',');
            var (pattern, errors) = MeetingDraftParser.Parse(new MeetingRequest(fields[0], fields[1], fields[2], fields[3], fields[4]));
            if (pattern is null) throw new InvalidOperationException($"Bad seed meeting '{line}': {string.Join(" ", errors)}");
            var draft = pattern with { Date = MeetingYear.Carry(pattern.Date, year) };
            result.Add(($"{IdPrefix}{draft.Body.ToString().ToLower(CultureInfo.InvariantCulture)}-{MeetingTimes.Iso(draft.Date)}", draft));
        }
        return result;
    }

    // Committee meetings of the year that are not seeds: the coordinator's own plan, which seeds would only clutter.
    private async Task<bool> PlannedByHandAsync(int year, CancellationToken cancellationToken)
    {
        var body = MeetingBody.Namnd.ToString();
        var prefix = $"{year.ToString(CultureInfo.InvariantCulture)}-";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<MeetingRow>().AnyAsync(m => m.Body == body && m.Date.StartsWith(prefix) && !m.Id.StartsWith(IdPrefix), cancellationToken);
    }
}
