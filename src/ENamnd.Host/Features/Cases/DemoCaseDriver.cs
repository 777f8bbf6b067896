using System.Diagnostics;
using System.Globalization;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Moves a demo case on the way its participants would: it reads the case's open task rows and answers the oldest through
/// <see cref="TaskCompletion"/> for its recipient (channel <see cref="TaskChannels.Demo"/>), one at a time, until the case
/// stands in its phase. Work is done, approvals and committee decisions approved, the listed municipalities join and commit,
/// the others decline. Each answer is its own step commit, so a stop between two answers leaves a case that can be driven on.
/// </summary>
public sealed class DemoCaseDriver(
    IDbContextFactory<ENamndDbContext> contexts,
    IWorkflowInstanceStore instances,
    TaskCompletion completion,
    MunicipalityRegistry municipalities,
    TimeProvider clock,
    ILogger<DemoCaseDriver> logger)
{
    /// <summary>The most answers given to one case; the furthest demo case needs about sixty.</summary>
    public const int MaxAnswers = 150;

    // How long a case with no open task is given to open the next one before it counts as stuck.
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    /// <summary>Answers the case's open tasks until it stands in its phase, is stuck, or <see cref="MaxAnswers"/> is reached.</summary>
    public async Task<DemoCaseProgress> DriveAsync(DemoCase demo, CancellationToken cancellationToken)
    {
        var target = PhaseIndex(ProcessIds.NameOf(demo.Phase));
        for (var answered = 0; ; answered++)
        {
            var state = await ReadAsync(demo.CaseNumber, cancellationToken);
            if (state is null || !state.Running)
            {
                logger.LogWarning("Demo case {CaseNumber} is not running; it is left in phase {Phase}", demo.CaseNumber, state?.Phase);
                return new DemoCaseProgress(false, answered, state?.Phase ?? "");
            }
            var at = PhaseIndex(state.Phase);
            if (at > target || (at == target && (demo.WaitFor is null || state.Open.Any(t => t.Kind == demo.WaitFor))))
                return new DemoCaseProgress(true, answered, state.Phase);
            if (answered >= MaxAnswers)
            {
                logger.LogWarning("Demo case {CaseNumber} did not reach {Target} within {Max} answers; it stays in {Phase}", demo.CaseNumber, demo.Phase, MaxAnswers, state.Phase);
                return new DemoCaseProgress(false, answered, state.Phase);
            }
            if (state.Open.Count == 0)
            {
                logger.LogWarning("Demo case {CaseNumber} has no open task to answer in {Phase}; it stays there", demo.CaseNumber, state.Phase);
                return new DemoCaseProgress(false, answered, state.Phase);
            }
            var task = state.Open[0];
            var answer = AnswerTo(task, demo, answered);
            var result = await completion.CompleteOnBehalfAsync(task.Id, answer, TaskChannels.Demo, cancellationToken);
            if (result.Access != TaskAccess.Decided)
            {
                logger.LogWarning("Demo case {CaseNumber}: task {TaskId} ({Kind}) was not taken: {Access} {Error}", demo.CaseNumber, task.Id, task.Kind, result.Access, result.Error);
                return new DemoCaseProgress(false, answered, state.Phase);
            }
            logger.LogInformation("Demo case {CaseNumber} in {Phase}: answered {Kind} task {TaskId} \"{Title}\" with {Outcome} for {Recipient} ({Answer}/{Max})",
                demo.CaseNumber, state.Phase, task.Kind, task.Id, task.Title, result.Outcome, task.RecipientEmail, answered + 1, MaxAnswers);
        }
    }

    // What the demo's participants answer: a yes everywhere, except municipalities that are not listed as joining.
    private TaskAnswer AnswerTo(TaskRow task, DemoCase demo, int answered)
    {
        var outcome = task.Kind switch
        {
            AssignTask.TaskKind => AssignTask.Done,
            ApprovalOutcomes.TaskKind => ApprovalOutcomes.Approved,
            AwaitCommitteeDecision.TaskKind => AwaitCommitteeDecision.Approved,
            CollectGuaranteeCommitments.TaskKind => CollectGuaranteeCommitments.Commit,
            CollectMunicipalDecisions.TaskKind => Joins(task, demo) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline,
            _ => TaskCompletion.ChoicesOf(task).FirstOrDefault()?.Value,
        };
        var today = StockholmTime.DateOf(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Plausible references: the municipal board's paragraph, or the committee's (numbered on through the year).
        var reference = !task.AsksForReference ? null : task.Kind switch
        {
            CollectMunicipalDecisions.TaskKind => $"KS {today} § {10 + answered}",
            AwaitCommitteeDecision.TaskKind => $"§ {20 + answered}",
            _ => null,
        };
        var fields = TaskCompletion.FieldsOf(task).Where(f => f.Required).ToDictionary(f => f.Name, _ => "Ifyllt i demon.");
        return new TaskAnswer(null, outcome, null, reference, fields);
    }

    private bool Joins(TaskRow task, DemoCase demo) =>
        task.MunicipalityCode is { } code && demo.Joining.Any(name => municipalities.Find(name)?.Code == code);

    private async Task<CaseState?> ReadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        // Real time, not the host's clock: a test clock that stands still must not make the wait endless.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            CaseRow? row;
            List<TaskRow> open;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                row = await db.Set<CaseRow>().AsNoTracking().FirstOrDefaultAsync(r => r.CaseNumber == caseNumber, cancellationToken);
                if (row is null) return null;
                open = await db.Tasks.AsNoTracking().Where(t => t.CaseNumber == caseNumber && t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
            }
            var main = await instances.FindAsync(row.InstanceId, cancellationToken);
            var running = row.CancelledAt is null && main is { Status: WorkflowStatus.Running } && main.SubStatus != WorkflowSubStatus.Faulted;
            var phase = main is null ? "" : ValueConverter.Convert<string>(main.Variables[ProcessVariables.Phase]) ?? "";
            // Every answer opens the next tasks in its own step commit; the wait only covers a step still being handed on.
            if (open.Count > 0 || !running || waited.Elapsed >= SettleTime)
                return new CaseState(phase, running, [.. open.OrderBy(t => t.OpenedAt).ThenBy(t => t.MunicipalityCode).ThenBy(t => t.Id)]);
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static int PhaseIndex(string phaseName)
    {
        for (var i = 0; i < ProcessIds.Phases.Count; i++) if (ProcessIds.Phases[i].Name == phaseName) return i;
        return -1;
    }

    private sealed record CaseState(string Phase, bool Running, IReadOnlyList<TaskRow> Open);
}
