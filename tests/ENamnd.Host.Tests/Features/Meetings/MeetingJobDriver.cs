using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>Runs the meeting job as the schedule would, day by day at 06:00 Stockholm on the harness's manual clock, and collects what it queued.</summary>
internal sealed class MeetingJobDriver(MeetingHarness harness)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Everything queued so far, in order.</summary>
    public List<SentMail> Sent { get; } = [];

    /// <summary>The job.</summary>
    public MeetingReminderJob Job => harness.Services.GetServices<IMonitorJob>().OfType<MeetingReminderJob>().Single();

    /// <summary>Adds the test people to the directory.</summary>
    public async Task AddPeopleAsync() =>
        Assert.Equal(ParticipantWriteOutcome.Saved, await harness.Services.GetRequiredService<EfParticipantDirectory>().AddAsync(MeetingPeople.All));

    /// <summary>Moves the clock to <paramref name="day"/> at <paramref name="time"/> (default 06:00) Stockholm time.</summary>
    public void SetClock(DateOnly day, TimeOnly? time = null) =>
        harness.Clock.Set(StockholmTime.ToInstant(day, time ?? new TimeOnly(6, 0))!.Value.ToUniversalTime());

    /// <summary>Runs the job at 06:00 on every day from <paramref name="first"/> to <paramref name="last"/>; returns what was queued.</summary>
    public async Task<IReadOnlyList<SentMail>> RunDaysAsync(DateOnly first, DateOnly last)
    {
        var result = new List<SentMail>();
        for (var day = first; day <= last; day = day.AddDays(1)) result.AddRange(await RunAtAsync(day));
        return result;
    }

    /// <summary>Runs the job once at <paramref name="day"/> (06:00 unless <paramref name="time"/>); returns what this run queued.</summary>
    public async Task<IReadOnlyList<SentMail>> RunAtAsync(DateOnly day, TimeOnly? time = null)
    {
        SetClock(day, time);
        await Job.RunAsync(CancellationToken.None);
        return await CollectAsync(day);
    }

    /// <summary>What was queued since the last collection (by any code path), attributed to <paramref name="day"/>.</summary>
    public async Task<IReadOnlyList<SentMail>> CollectAsync(DateOnly day)
    {
        await using var db = harness.Db();
        var ledger = await db.Set<SentNotificationRow>().AsNoTracking().ToListAsync();
        var outbox = await db.Outbox.AsNoTracking().ToDictionaryAsync(o => o.Id);
        var fresh = ledger.Where(r => seen.Add(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new SentMail(r.Key, r.Kind, day, SentMail.Read(outbox[r.OutboxId!].Payload))).ToList();
        Sent.AddRange(fresh);
        return fresh;
    }
}
