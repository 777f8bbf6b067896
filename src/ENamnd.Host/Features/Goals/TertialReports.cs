using System.Text.Json;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Goals;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// Carries a round from answers to the committee: compiles the report once when every item is answered
/// or the deadline has passed, puts it on the agenda of the next committee meeting once, and tells the
/// coordinator once. Each of the three steps has its own ledger key, so a crash between them is picked up
/// by the next run and nothing is done twice.
/// </summary>
public sealed class TertialReports(
    NotificationLedger ledger,
    TertialReportCompiler compiler,
    IMeetingStatistics meetings,
    RecipientResolver recipients,
    IDbContextFactory<ENamndDbContext> contexts,
    IOptions<GoalsOptions> options,
    IOptions<PublicUrlOptions> urls,
    TimeProvider clock,
    ILogger<TertialReports> logger)
{
    /// <summary>Does what is due for a round; returns how many things it did.</summary>
    public async Task<int> ProgressAsync(TertialFollowUpRow round, string planTitle, CancellationToken cancellationToken)
    {
        var done = 0;
        if (round.ReportCompiledAt is null)
        {
            if (!await CompileAsync(round, planTitle, cancellationToken)) return 0;
            done++;
        }
        round = await ReloadAsync(round.Id, cancellationToken);
        if (round.AgendaItemId is null && await PlaceOnAgendaAsync(round, cancellationToken)) done++;
        round = await ReloadAsync(round.Id, cancellationToken);
        if (await InformCoordinatorAsync(round, cancellationToken)) done++;
        return done;
    }

    /// <summary>The stored report of a round, or null before it is compiled.</summary>
    public static TertialReport? ReportOf(TertialFollowUpRow round) =>
        round.Report is null ? null : JsonSerializer.Deserialize<TertialReport>(round.Report, ValueConverter.JsonOptions);

    /// <summary>The address of a report's HTML page, as emails and the agenda link to it (its Word document is under <c>/document</c>).</summary>
    public string PageUrl(TertialFollowUpRow round) => urls.Value.PublicBaseUrl.TrimEnd('/') + PagePath(round.PlanId, round.Year, round.Tertial);

    /// <summary>The path of a report's page in the coordinator's application, e.g. <c>/mal/p1/rapporter/2026-T1</c>.</summary>
    public static string PagePath(string planId, int year, int tertial) => $"/mal/{Uri.EscapeDataString(planId)}/rapporter/{year}-T{tertial}";

    private async Task<bool> CompileAsync(TertialFollowUpRow round, string planTitle, CancellationToken cancellationToken)
    {
        var answers = await compiler.AnswersAsync(round, cancellationToken);
        var items = TertialReportCompiler.ItemsOf(round);
        var now = clock.GetUtcNow();
        if (items.Any(i => !answers.ContainsKey(i.Key)) && now < round.DueAt) return false;
        var report = TertialReportCompiler.Compile(round, planTitle, answers, now);
        return await ledger.RecordOnceAsync(GoalLedgerKeys.Report(round), null, async db =>
        {
            var row = await db.Set<TertialFollowUpRow>().FirstAsync(r => r.Id == round.Id, cancellationToken);
            row.Report = JsonSerializer.Serialize(report, ValueConverter.JsonOptions);
            row.ReportCompiledAt = now;
        }, cancellationToken);
    }

    private async Task<bool> PlaceOnAgendaAsync(TertialFollowUpRow round, CancellationToken cancellationToken)
    {
        var report = ReportOf(round)!;
        var meeting = await meetings.NextCommitteeMeetingAsync(round.ReportCompiledAt!.Value, cancellationToken);
        // No committee meeting planned yet: the next run tries again.
        if (meeting is null) return false;
        var itemId = IdGenerator.NewId();
        var placed = await ledger.RecordOnceAsync(GoalLedgerKeys.Agenda(round), null, async db =>
        {
            db.AgendaItems.Add(AgendaItemWriter.ToRow(new AgendaItem
            {
                Id = itemId,
                Matter = report.Matter,
                MeetingDate = meeting.StartsAt,
                InstanceId = round.InstanceId,
                ActivityNodeId = "followUp",
                Documents =
                [
                    new TaskDocument($"{report.Matter} {report.Year} – måluppföljning (webbsida)", PageUrl(round)),
                    new TaskDocument($"{report.Matter} {report.Year} – måluppföljning (Word)", PageUrl(round) + "/document"),
                ],
                PlacedAt = clock.GetUtcNow(),
            }));
            var row = await db.Set<TertialFollowUpRow>().FirstAsync(r => r.Id == round.Id, cancellationToken);
            row.AgendaItemId = itemId;
            row.MeetingDate = meeting.StartsAt.ToUniversalTime();
        }, cancellationToken);
        if (placed) logger.LogInformation("Put {Matter} of {RoundId} on the agenda of committee meeting {MeetingId}", report.Matter, round.Id, meeting.Id);
        return placed;
    }

    private async Task<bool> InformCoordinatorAsync(TertialFollowUpRow round, CancellationToken cancellationToken)
    {
        var key = GoalLedgerKeys.ReportMail(round);
        if (await ledger.IsRecordedAsync(key, cancellationToken)) return false;
        var report = ReportOf(round)!;
        var to = await recipients.ResolveAsync(options.Value.ReportRecipients, null, cancellationToken);
        var message = TertialReportMail.Compose(report, to, PageUrl(round), round.MeetingDate);
        return await ledger.SendOnceAsync(key, message, cancellationToken);
    }

    private async Task<TertialFollowUpRow> ReloadAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TertialFollowUpRow>().AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
    }

}
