using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The asking and re-asking of <see cref="CollectGuaranteeCommitments"/>. Re-split rule: when a municipality
/// withdraws and the terms allow a re-split and at least two municipalities remain, the total is split again
/// between them with the same terms; everyone whose amount changed is asked again with a new task (an open
/// request is cancelled, a commitment is marked superseded). A municipality whose amount did not change keeps
/// its commitment or open request. When the re-split is impossible (e.g. the remaining caps do not cover the
/// total) the shares stay as they were, so the outcome will be <c>Incomplete</c>.
/// </summary>
internal static class CommitmentRounds
{
    /// <summary>
    /// Opens a task asking one municipality to commit to its share of the current split; <paramref name="previous"/> is
    /// what it was asked before a re-split, and whether it had committed to that.
    /// </summary>
    public static void Ask(ActivityExecutionContext context, CommitmentState state, AllocationShare share, PreviousShare? previous = null)
    {
        var cap = state.Terms.CapOf(share.Code);
        var task = context.OpenTask(new TaskRequest
        {
            Kind = CollectGuaranteeCommitments.TaskKind,
            Title = CommitmentTexts.Title(share.Name),
            Question = CommitmentTexts.Question(state, share, OfficialName(context, share), cap, previous),
            Recipient = state.Recipients[share.Code],
            Choices = CollectGuaranteeCommitments.Choices,
            AsksForReference = true,
            DueAt = TaskTimers.DueAt(context),
        });
        state.Requests.Add(new CommitmentRequest(task.TaskId, share.Code, share.Name, share.Amount, cap, state.Round));
    }

    /// <summary>
    /// Takes a municipality that joins the case into the round: the total is split again with it, and everyone whose
    /// amount changed is asked again (the newcomer for its share).
    /// </summary>
    public static void Join(ActivityExecutionContext context, CommitmentState state, string code, string name, TaskRecipient recipient, CostAllocator allocator)
    {
        state.Recipients[code] = recipient;
        state.Withdrawn.Remove(code);
        state.Joined.Add(name);
        Resplit(context, state, allocator, [.. state.Shares.Select(share => share.Code), code], $"{name} anslöt");
    }

    /// <summary>Closes the request's task and writes the answer to the ledger; a withdrawal leaves the split and may re-split it.</summary>
    public static void Answer(ActivityExecutionContext context, CommitmentState state, CommitmentRequest request, TaskDecision decision, CostAllocator allocator)
    {
        context.CloseTask(request.TaskId, HumanTaskStatus.Decided, decision);
        state.Requests.Remove(request);
        var withdraws = decision.Outcome == CollectGuaranteeCommitments.Withdraw;
        state.Ledger.Add(new CommitmentEntry
        {
            Code = request.Code,
            Name = request.Name,
            Amount = request.Amount,
            Cap = request.Cap,
            Model = state.Terms.Model,
            Validity = state.Terms.Validity,
            Signer = decision.DecidedBy,
            At = context.Now,
            Status = withdraws ? CommitmentStatus.Withdrawn : CommitmentStatus.Committed,
            Reference = decision.Reference,
            Comment = decision.Comment,
            Round = request.Round,
            TaskId = request.TaskId,
        });
        if (!withdraws) return;
        state.Withdrawn.Add(request.Code);
        state.Shares = [.. state.Shares.Where(share => share.Code != request.Code)];
        if (state.Terms.ResplitOnWithdrawal && state.Shares.Count >= 2)
            Resplit(context, state, allocator, [.. state.Shares.Select(share => share.Code)], $"{request.Name} avstått");
    }

    // Shares carry the short name ("Boden"); running text takes the official one ("Bodens kommun") from the registry.
    private static string OfficialName(ActivityExecutionContext context, AllocationShare share) =>
        context.Services.GetRequiredService<MunicipalityRegistry>().Find(share.Code)?.OfficialName ?? share.Name;

    private static void Resplit(ActivityExecutionContext context, CommitmentState state, CostAllocator allocator, IReadOnlyList<string> codes, string because)
    {
        AllocationResult split;
        try
        {
            split = state.Terms.Split(allocator, codes);
        }
        catch (ActivityFaultException exception)
        {
            context.Log($"Kostnaden kunde inte fördelas om efter att {because}: {exception.Message}");
            return;
        }
        state.Round++;
        state.Shares = [.. split.Shares];
        foreach (var share in split.Shares)
        {
            var pending = state.Requests.FirstOrDefault(r => r.Code == share.Code);
            var committed = state.Ledger.FindLastIndex(e => e.Code == share.Code && e.Status == CommitmentStatus.Committed);
            var previous = pending is not null ? new PreviousShare(pending.Amount, Committed: false)
                : committed >= 0 ? new PreviousShare(state.Ledger[committed].Amount, Committed: true)
                : null;
            if (previous?.Amount == share.Amount) continue;
            if (pending is not null)
            {
                context.CloseTask(pending.TaskId, HumanTaskStatus.Cancelled);
                state.Requests.Remove(pending);
            }
            if (committed >= 0)
                state.Ledger[committed] = state.Ledger[committed] with { Status = CommitmentStatus.Superseded, SupersededAt = context.Now };
            Ask(context, state, share, previous);
        }
    }
}

/// <summary>What a municipality was asked before a re-split, and whether it had committed to it.</summary>
internal sealed record PreviousShare(decimal Amount, bool Committed);
