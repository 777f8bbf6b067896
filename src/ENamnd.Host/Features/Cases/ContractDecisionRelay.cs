using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Process;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Tells a case's management phase what was decided at its contract's end. Two moments can meet: the
/// decision workflow that contract monitoring starts writes a <c>contract.decided</c> record (resume the
/// phase if it waits already), or the phase starts to wait after the decision was taken (resume it if the
/// contract's decision ends it). Either way a job does it after the step has committed; should a host stop
/// before the job is enqueued, the recurring <see cref="ContractDecisionHandover"/> finds the phase still waiting.
/// </summary>
public sealed class ContractDecisionRelay(IBackgroundJobClient jobs, ILogger<ContractDecisionRelay> logger) : IStepCommitListener
{
    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        foreach (var record in step.Records.Where(r => r.Kind == ContractRecordKinds.Decided))
        {
            if (ValueConverter.Convert<ContractDecision>(record.Payload) is not { } decision) continue;
            var job = jobs.Enqueue<ContractDecisionJobs>(r => r.RelayAsync(decision.ContractId, decision.Outcome, decision.Reference, CancellationToken.None));
            logger.LogInformation("Contract {ContractId} decided {Outcome}; job {JobId} tells its case", decision.ContractId, decision.Outcome, job);
        }
        foreach (var bookmark in step.AddedBookmarks.Where(b => ContractDecisionJobs.ContractIdOf(b) is not null))
            jobs.Enqueue<ContractDecisionJobs>(r => r.CatchUpAsync(bookmark.Id, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>The jobs behind <see cref="ContractDecisionRelay"/> (apart from it, because the runtime they use notifies the listeners).</summary>
public sealed class ContractDecisionJobs(
    IDbContextFactory<ENamndDbContext> contexts, IBookmarkStore bookmarks, IWorkflowRuntime runtime, ILogger<ContractDecisionJobs> logger)
{
    /// <summary>The contract a management phase's wait is for; null for any other bookmark.</summary>
    public static string? ContractIdOf(Bookmark bookmark) =>
        Event.NameOf(bookmark) is { } name && name.StartsWith(ManagementWorkflow.ContractEndEventPrefix, StringComparison.Ordinal)
            ? name[ManagementWorkflow.ContractEndEventPrefix.Length..]
            : null;

    /// <summary>Resumes the management phases waiting for a contract's end decision; a phase already resumed is left alone.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task RelayAsync(string contractId, string outcome, string? reference, CancellationToken cancellationToken)
    {
        foreach (var bookmark in await WaitingAsync(cancellationToken))
        {
            if (ContractIdOf(bookmark) == contractId) await ResumeAsync(bookmark, outcome, reference, cancellationToken);
        }
    }

    /// <summary>When a phase starts to wait after its contract's end was already decided (new project or let expire), resumes it now.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task CatchUpAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        if (await bookmarks.FindAsync(bookmarkId, cancellationToken) is { } bookmark) await CatchUpAsync([bookmark], cancellationToken);
    }

    /// <summary>Every management phase still waiting for an end its contract already has is resumed; returns how many.</summary>
    public async Task<int> CatchUpAllAsync(CancellationToken cancellationToken) => await CatchUpAsync(await WaitingAsync(cancellationToken), cancellationToken);

    private async Task<List<Bookmark>> WaitingAsync(CancellationToken cancellationToken) =>
        [.. (await bookmarks.ListByNameAsync(Event.BookmarkName, cancellationToken)).Where(b => ContractIdOf(b) is not null)];

    private async Task<int> CatchUpAsync(IReadOnlyList<Bookmark> waiting, CancellationToken cancellationToken)
    {
        var contractIds = waiting.Select(ContractIdOf).OfType<string>().Distinct().ToList();
        if (contractIds.Count == 0) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // An extension keeps the contract, and the phase, going: it waits for the next decision.
        var ended = await db.Set<ContractRow>().AsNoTracking()
            .Where(c => contractIds.Contains(c.Id) && c.Decision != null && c.Decision != DecideContractEnd.Extend)
            .ToDictionaryAsync(c => c.Id, c => (Outcome: c.Decision!, Reference: c.DecisionReference), cancellationToken);
        var resumed = 0;
        foreach (var bookmark in waiting)
        {
            if (ended.TryGetValue(ContractIdOf(bookmark)!, out var end) && await ResumeAsync(bookmark, end.Outcome, end.Reference, cancellationToken)) resumed++;
        }
        return resumed;
    }

    private async Task<bool> ResumeAsync(Bookmark bookmark, string outcome, string? reference, CancellationToken cancellationToken)
    {
        var result = await runtime.ResumeAsync(bookmark.Id, new JsonObject { ["outcome"] = outcome, ["reference"] = reference }, cancellationToken);
        logger.LogInformation("Contract end decision {Outcome} given to management instance {InstanceId}: {Result}", outcome, bookmark.InstanceId, result.Outcome);
        return result.Outcome == ResumeOutcome.Resumed;
    }
}
