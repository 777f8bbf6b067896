using System.Text.Json.Nodes;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Participants;
using ENamnd.Http;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// What the coordinator does to someone else's open task: remind the recipient now, or give the task to another person.
/// Both run as a workflow step on the task's bookmark (see <see cref="TaskCommand"/>), so the email, the task row and the
/// activity's state change together or not at all.
/// </summary>
public sealed class TaskCommands(IDbContextFactory<ENamndDbContext> contexts, IWorkflowRuntime runtime, IParticipantDirectory people, ILogger<TaskCommands> logger)
{
    /// <summary>Who the commands are recorded as given by.</summary>
    public const string Coordinator = "e-samordnaren";

    /// <summary>Sends the recipient of an open task a reminder now, in the thread of the task's email.</summary>
    public async Task<CommandResult<string>> RemindAsync(string taskId, CancellationToken cancellationToken)
    {
        var (task, refused) = await OpenTaskAsync(taskId, cancellationToken);
        if (refused is not null) return refused;
        var result = await RunAsync(task!, new TaskCommand(TaskCommandKind.Remind, Coordinator));
        if (result is null) logger.LogInformation("Reminder of task {TaskId} ({CaseNumber}) sent by the coordinator", task!.Id, task.CaseNumber);
        return result ?? CommandResult<string>.Done($"En påminnelse har skickats till {task!.RecipientName ?? task.RecipientEmail}.");
    }

    /// <summary>
    /// Gives an open task to the person with <paramref name="email"/> (a participant's name and id are taken from the
    /// directory, else <paramref name="name"/>): the new recipient gets the task's email, the earlier link stops working.
    /// </summary>
    public async Task<CommandResult<string>> ReassignAsync(string taskId, string? email, string? name, CancellationToken cancellationToken)
    {
        if ((RequestText.Problem(email, "email") ?? RequestText.Problem(name, "name")) is { } unfit) return CommandResult<string>.Invalid(unfit);
        var address = email?.Trim() ?? "";
        if (address.Length == 0) return CommandResult<string>.Invalid("Ange den nya mottagarens e-postadress.");
        if (!ParticipantBodyValidator.IsPlainAddress(address)) return CommandResult<string>.Invalid($"Ogiltig e-postadress: '{address}'.");
        var (task, refused) = await OpenTaskAsync(taskId, cancellationToken);
        if (refused is not null) return refused;
        if (string.Equals(task!.RecipientEmail, address, StringComparison.OrdinalIgnoreCase))
            return CommandResult<string>.Invalid($"Uppgiften har redan {address} som mottagare.");
        var known = await people.FindByEmailAsync(address, cancellationToken);
        var recipient = known is not null
            ? RecipientResolver.ToRecipient(known)
            : new TaskRecipient(address, string.IsNullOrWhiteSpace(name) ? null : name.Trim());
        var result = await RunAsync(task, new TaskCommand(TaskCommandKind.Reassign, Coordinator, recipient));
        if (result is null) logger.LogInformation("Task {TaskId} ({CaseNumber}) given to another recipient by the coordinator", task.Id, task.CaseNumber);
        return result ?? CommandResult<string>.Done($"Uppgiften har skickats till {recipient.Name ?? recipient.Email}.");
    }

    private async Task<(Persistence.Rows.TaskRow? Task, CommandResult<string>? Refused)> OpenTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) return (null, CommandResult<string>.NotFound($"Uppgiften '{taskId}' finns inte."));
        return task.Status == HumanTaskStatus.Open ? (task, null) : (task, CommandResult<string>.Conflict(NotOpen(task.Status)));
    }

    // Null when the step ran; a refusal when the task closed before the command reached it.
    private async Task<CommandResult<string>?> RunAsync(Persistence.Rows.TaskRow task, TaskCommand command)
    {
        var input = new JsonObject { [TaskCommand.InputProperty] = ValueConverter.ToNode(command) };
        try
        {
            // Not cancelled with the request: a command that has started is carried through, or rolled back whole.
            var result = await runtime.ResumeAsync(task.BookmarkId, input, CancellationToken.None);
            return result.Outcome == ResumeOutcome.AlreadyHandled ? CommandResult<string>.Conflict(NotOpen(HumanTaskStatus.Decided)) : null;
        }
        catch (StepRecordRejectedException)
        {
            return CommandResult<string>.Conflict(NotOpen(HumanTaskStatus.Decided));
        }
    }

    private static string NotOpen(HumanTaskStatus status) => status switch
    {
        HumanTaskStatus.Decided => "Uppgiften är redan besvarad.",
        _ => "Uppgiften är inte längre öppen.",
    };
}
