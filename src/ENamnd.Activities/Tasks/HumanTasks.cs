using System.Text.Json.Nodes;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// Participant tasks for activities: each task is a bookmark, a <c>task.opened</c> record written with
/// the step, and an email with the task's link; closing writes <c>task.closed</c>. The activity keeps
/// its open tasks in its working state, so reminders and cancellation find them.
/// </summary>
public static class HumanTasks
{
    private const string OpenTasksProperty = "openTasks";

    /// <summary>The name of the bookmark a task waits on, <c>ENamnd.Task</c>.</summary>
    public static readonly BookmarkName BookmarkName = new("ENamnd.Task");

    /// <summary>Opens a task: bookmark, record and email (with a link placeholder the host fills in).</summary>
    public static OpenedTask OpenTask(this ActivityExecutionContext context, TaskRequest request)
    {
        var instance = context.WorkflowContext.Instance;
        var taskId = IdGenerator.NewId();
        var bookmark = context.CreateBookmark(BookmarkName, new JsonObject { ["taskId"] = taskId });
        var task = new OpenedTask
        {
            TaskId = taskId,
            BookmarkId = bookmark.Id,
            InstanceId = instance.Id,
            CaseNumber = request.CaseNumber ?? instance.CorrelationId,
            DefinitionVersion = instance.Version,
            Kind = request.Kind,
            Title = request.Title,
            Question = request.Question,
            Recipient = request.Recipient,
            Choices = request.Choices,
            Documents = request.Documents,
            Fields = request.Fields,
            AsksForReference = request.AsksForReference,
            DueAt = request.DueAt,
            ExpiresAt = (request.DueAt ?? context.Now) + request.LinkLifetime,
            OpenedAt = context.Now,
        };
        context.AddRecord(TaskRecordKinds.Opened, task);
        OpenTasks(context)[taskId] = ValueConverter.ToNode(task);
        context.SendMessage(EmailMessage.Kind, TaskEmails.Invitation(task));
        return task;
    }

    /// <summary>The tasks this execution has open.</summary>
    public static IReadOnlyList<OpenedTask> OpenTaskList(this ActivityExecutionContext context) =>
        OpenTasks(context).Select(p => ValueConverter.Convert<OpenedTask>(p.Value)!).ToList();

    /// <summary>The participant's answer carried by the resumed task bookmark, if this resume is one.</summary>
    public static TaskDecision? DecisionOf(this ActivityExecutionContext context, Bookmark bookmark) =>
        bookmark.Is(BookmarkName) ? ValueConverter.Convert<TaskDecision>(context.ResumeInput) : null;

    /// <summary>Closes a task: records how it ended and removes its bookmark if it is still open.</summary>
    public static void CloseTask(this ActivityExecutionContext context, string taskId, HumanTaskStatus status, TaskDecision? decision = null)
    {
        if (OpenTasks(context)[taskId] is null) return;
        foreach (var bookmark in context.Bookmarks.Where(b => b.Is(BookmarkName) && (string?)b.Payload?["taskId"] == taskId).ToList())
            context.RemoveBookmark(bookmark);
        OpenTasks(context).Remove(taskId);
        context.AddRecord(TaskRecordKinds.Closed, new ClosedTask
        {
            TaskId = taskId,
            Status = status,
            Outcome = decision?.Outcome,
            Comment = decision?.Comment,
            Reference = decision?.Reference,
            DecidedBy = decision?.DecidedBy,
            Fields = decision?.Fields,
            Channel = decision?.Channel,
            ClosedAt = context.Now,
        });
    }

    /// <summary>Closes every open task with a status (e.g. Cancelled when the activity is cancelled).</summary>
    public static void CloseOpenTasks(this ActivityExecutionContext context, HumanTaskStatus status)
    {
        foreach (var taskId in OpenTasks(context).Select(p => p.Key).ToList()) context.CloseTask(taskId, status);
    }

    /// <summary>Sends a reminder for every open task, in the thread of its first email.</summary>
    public static void RemindOpenTasks(this ActivityExecutionContext context)
    {
        foreach (var task in context.OpenTaskList()) Remind(context, task, bookmarkId: null, by: null);
    }

    /// <summary>
    /// Runs a coordinator's <see cref="TaskCommand"/> when the resumed bookmark is a task's and carries one: the task
    /// waits again on a new bookmark, and a reminder or the new recipient's email goes out. True when the resume was a
    /// command (also when the task had closed meanwhile, when nothing happens); the activity then has nothing more to do.
    /// </summary>
    public static bool RunCommand(this ActivityExecutionContext context, Bookmark bookmark)
    {
        if (!bookmark.Is(BookmarkName) || context.ResumeInput?[TaskCommand.InputProperty] is not { } input) return false;
        var command = ValueConverter.Convert<TaskCommand>(input) ?? throw new ActivityFaultException("Ett tomt kommando för uppgiften.");
        var taskId = (string?)bookmark.Payload?["taskId"];
        if (taskId is null || OpenTasks(context)[taskId] is not { } node) return true;
        var task = ValueConverter.Convert<OpenedTask>(node)!;
        var waiting = context.CreateBookmark(BookmarkName, new JsonObject { ["taskId"] = taskId });
        switch (command.Kind)
        {
            case TaskCommandKind.Remind:
                task = task with { BookmarkId = waiting.Id };
                Remind(context, task, waiting.Id, command.By);
                break;
            case TaskCommandKind.Reassign:
                var to = command.Recipient ?? throw new ActivityFaultException("Ny mottagare saknas.");
                // The task stays the same municipality's: only the person answering for it changes.
                task = task with { BookmarkId = waiting.Id, Recipient = to with { MunicipalityCode = task.Recipient.MunicipalityCode } };
                context.AddRecord(TaskRecordKinds.Reassigned, new TaskChange { TaskId = taskId, BookmarkId = waiting.Id, Recipient = task.Recipient, By = command.By, At = context.Now });
                context.SendMessage(EmailMessage.Kind, TaskEmails.Invitation(task));
                break;
            default:
                throw new ActivityFaultException($"Okänt kommando för uppgiften: {command.Kind}.");
        }
        OpenTasks(context)[taskId] = ValueConverter.ToNode(task);
        return true;
    }

    private static void Remind(ActivityExecutionContext context, OpenedTask task, string? bookmarkId, string? by)
    {
        context.AddRecord(TaskRecordKinds.Reminded, new TaskChange { TaskId = task.TaskId, BookmarkId = bookmarkId, By = by, At = context.Now });
        context.SendMessage(EmailMessage.Kind, TaskEmails.Reminder(task));
    }

    private static JsonObject OpenTasks(ActivityExecutionContext context)
    {
        if (context.Properties[OpenTasksProperty] is not JsonObject tasks) context.Properties[OpenTasksProperty] = tasks = [];
        return tasks;
    }
}
