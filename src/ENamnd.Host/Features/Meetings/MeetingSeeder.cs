using System.Globalization;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Adds the committee's meetings of 2022 (the embedded <c>meetings-2022.csv</c>) with stable ids, on the embedded
/// SQLite default unless <c>Demo:SeedMeetings</c> says otherwise; a meeting already there is left alone, so it is safe at every start.
/// </summary>
public sealed class MeetingSeeder(MeetingWriter writer, IDbContextFactory<ENamndDbContext> contexts, DatabaseSettings database,
    IOptions<DemoOptions> options, ILogger<MeetingSeeder> logger)
{
    private const string Resource = "ENamnd.Host.Features.Meetings.Data.meetings-2022.csv";

    /// <summary>True when the seed meetings may be added: as configured, else only on the embedded SQLite database.</summary>
    public bool Enabled => options.Value.SeedMeetings ?? database.Provider == DatabaseProvider.Sqlite;

    /// <summary>Adds the seed meetings that are missing; returns how many were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled) return 0;
        var added = 0;
        foreach (var (id, draft) in Read())
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
        if (added > 0) logger.LogInformation("Seeded {Count} meetings (Demo:SeedMeetings)", added);
        return added;
    }

    /// <summary>The seed meetings with their stable ids (<c>seed-namnd-2022-03-16</c>).</summary>
    public static IReadOnlyList<(string Id, MeetingDraft Draft)> Read()
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
            var (draft, errors) = MeetingDraftParser.Parse(new MeetingRequest(fields[0], fields[1], fields[2], fields[3], fields[4]));
            if (draft is null) throw new InvalidOperationException($"Bad seed meeting '{line}': {string.Join(" ", errors)}");
            result.Add(($"seed-{draft.Body.ToString().ToLower(CultureInfo.InvariantCulture)}-{MeetingTimes.Iso(draft.Date)}", draft));
        }
        return result;
    }
}
