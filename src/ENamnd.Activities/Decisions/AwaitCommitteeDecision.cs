using ENamnd.Activities.Email;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// Puts a matter on the agenda of a committee meeting (an <c>agenda.item</c> record) and waits for the
/// secretary to record the committee's decision (nämndbeslut) with its paragraph (§): approved (bifall),
/// rejected (avslag), tabled (bordlagt) or returned for revision (återremitterat), each an outcome.
/// A bifall or avslag recorded for the meeting before its minutes are checked is not yet in force: the activity
/// then waits for the justering (<see cref="InForce"/>) and continues with the decision then. Tabling and
/// returning are steps of procedure and continue at once. The matter belongs to the instance's case (its
/// correlation id) unless <see cref="CaseNumber"/> names another, e.g. the case of a contract.
/// </summary>
[Activity("ENamnd", "AwaitCommitteeDecision", Category = ActivityCategories.Decisions, DisplayName = "Invänta nämndbeslut",
    Description = "Anmäler ärendet till nämndens sammanträde och väntar tills sekreteraren har registrerat beslutet med paragraf.",
    Kind = ActivityKind.Task)]
[FlowNode(Approved, Rejected, Tabled, ReturnedForRevision)]
public sealed class AwaitCommitteeDecision : TaskActivity
{
    /// <summary>The committee approved the matter (bifall).</summary>
    public const string Approved = "Approved";

    /// <summary>The committee rejected the matter (avslag).</summary>
    public const string Rejected = "Rejected";

    /// <summary>The committee tabled the matter to a later meeting (bordlagt).</summary>
    public const string Tabled = "Tabled";

    /// <summary>The committee sent the matter back for more preparation (återremitterat).</summary>
    public const string ReturnedForRevision = "ReturnedForRevision";

    /// <summary>The task kind of the secretary's task.</summary>
    public const string TaskKind = "committee-decision";

    /// <summary>The bookmark a recorded decision waits on until the minutes are checked (justerade); its payload names the task.</summary>
    public static readonly BookmarkName InForce = new("ENamnd.CommitteeDecision.InForce");

    private const string PendingOutcomeProperty = "pendingOutcome";
    private const string PendingNoticeProperty = "pendingNotice";

    /// <summary>The decisions the committee can make, with their Swedish labels.</summary>
    public static IReadOnlyList<TaskChoice> Choices { get; } =
        [new(Approved, "Bifall"), new(Rejected, "Avslag"), new(Tabled, "Bordlagt"), new(ReturnedForRevision, "Återremitterat")];

    /// <summary>The title of the matter on the agenda.</summary>
    [Input(DisplayName = "Ärende", DefaultSyntax = ExpressionTypes.Liquid, Order = 1, Description = "Ärendets rubrik på föredragningslistan.")]
    public Input<string> Matter { get; set; } = new("");

    /// <summary>The meeting; empty, or a day that has passed, means the next committee meeting.</summary>
    [Input(DisplayName = "Sammanträde", Order = 2, Description = "Datum för nämndens sammanträde. Tomt, eller en dag som redan har passerat, betyder nästa sammanträde.")]
    public Input<DateTimeOffset?> MeetingDate { get; set; } = new((DateTimeOffset?)null);

    /// <summary>Who records the decision.</summary>
    [Input(DisplayName = "Sekreterare", Order = 3, Description = "E-postadresser eller roller, till exempel \"roll:sekreterare\".")]
    public Input<string> Secretary { get; set; } = new("roll:sekreterare");

    /// <summary>Supporting documents for the meeting.</summary>
    [Input(DisplayName = "Underlag", UIHint = "multiline", Order = 4, Description = "En länk per rad, gärna med rubrik: \"Förstudierapport | https://…\".")]
    public Input<string?> Documents { get; set; } = new((string?)null);

    /// <summary>What the secretary's task says about the matter, e.g. the proposal (förslag till beslut) and its background.</summary>
    [Input(DisplayName = "Förslag och bakgrund", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 5,
        Description = "Förslaget till beslut och det som behövs för att förstå ärendet, som text i sekreterarens uppgift. Tomt betyder ingen text.")]
    public Input<string?> Summary { get; set; } = new((string?)null);

    /// <summary>The case the matter belongs to; empty means the instance's correlation id.</summary>
    [Input(DisplayName = "Ärendenummer", DefaultSyntax = ExpressionTypes.Liquid, Order = 6,
        Description = "Ärendet som beslutet hör till, på föredragningslistan och bland ärendets beslut, till exempel \"2026/14-2.2.0.1\". Tomt betyder arbetsflödets ärende (korrelations-id).")]
    public Input<string?> CaseNumber { get; set; } = new((string?)null);

    /// <summary>Who receives the decision notice (expediering) once a bifall or avslag is in force.</summary>
    [Input(DisplayName = "Expediera till", UIHint = "multiline", Order = 7,
        Description = "Får beslutet när det gäller: e-postadresser eller roller, en per rad, till exempel \"roll:styrgrupp@ärendet\". En rad som ingen har hoppas över. Tomt betyder ingen expediering.")]
    public Input<string?> NoticeTo { get; set; } = new((string?)null);

    /// <summary>The paragraph (§) of the decision in the minutes.</summary>
    [Output(DisplayName = "Paragraf", Description = "Beslutets paragraf i protokollet, till exempel \"§ 12\".")]
    public Output<string?> Paragraph { get; set; } = new();

    /// <summary>When the secretary recorded the decision.</summary>
    [Output(DisplayName = "Registrerat", Description = "När sekreteraren registrerade beslutet.")]
    public Output<DateTimeOffset> DecidedAt { get; set; } = new();

    /// <summary>The secretary's comment.</summary>
    [Output(DisplayName = "Kommentar")]
    public Output<string?> Comment { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matter = context.Get(Matter)?.Trim();
        if (string.IsNullOrEmpty(matter)) throw new ActivityFaultException("Ärendet saknar rubrik.");
        var meeting = MeetingOf(context.Get(MeetingDate), context.Now);
        var documents = TaskDocuments.Parse(context.Get(Documents));
        var summary = context.Get(Summary)?.Trim();
        var instance = context.WorkflowContext.Instance;
        var caseNumber = CaseNumberOf(context);
        var secretaries = await context.Services.GetRequiredService<RecipientResolver>().ResolveAsync(context.Get(Secretary), caseNumber);
        var tasks = secretaries.Select(secretary => context.OpenTask(new TaskRequest
        {
            Kind = TaskKind,
            Title = $"Nämndbeslut: {matter}",
            Question = string.IsNullOrEmpty(summary) ? Ask(matter, meeting) : $"{Ask(matter, meeting)}\n\n{summary}",
            CaseNumber = caseNumber,
            Recipient = secretary,
            Choices = Choices,
            Documents = documents,
            AsksForReference = true,
            // The decision is recorded after the meeting, so the link outlives it by the time justering takes.
            LinkLifetime = (meeting is { } date && date > context.Now ? date - context.Now : TimeSpan.Zero) + TimeSpan.FromDays(meeting is null ? 180 : 60),
        })).ToList();
        context.AddRecord(AgendaRecordKinds.Item, new AgendaItem
        {
            Id = IdGenerator.NewId(),
            CaseNumber = caseNumber,
            Matter = matter,
            MeetingDate = meeting,
            InstanceId = instance.Id,
            ActivityNodeId = NodeId,
            TaskIds = [.. tasks.Select(t => t.TaskId)],
            BookmarkIds = [.. tasks.Select(t => t.BookmarkId)],
            Documents = documents,
            PlacedAt = context.Now,
        });
    }

    /// <inheritdoc />
    protected override async ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        if (bookmark.Is(InForce))
        {
            var outcome = context.GetProperty<string>(PendingOutcomeProperty) ?? throw new ActivityFaultException("Beslutet som väntade på justering saknas i arbetsdata.");
            // The justering's day comes with the resume; without it (an older resume), today.
            var justerad = (string?)context.ResumeInput?["justeradOn"] is { } day && DateOnly.TryParse(day, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : StockholmTime.DateOf(context.Now);
            if (context.GetProperty<DecisionNotice.Facts>(PendingNoticeProperty) is { Meeting: { } record } pending)
                await InForceAsync(context, pending with { Meeting = record with { JusteradOn = justerad } }, (string?)bookmark.Payload?["taskId"] ?? bookmark.Id);
            context.Complete(outcome);
            return;
        }
        if (TaskAnswers.Of(context, bookmark, Choices) is not { } decision) return;
        context.CloseTask(decision.TaskId, HumanTaskStatus.Decided, decision);
        // Only one decision is recorded: the other secretaries' tasks are no longer needed.
        context.CloseOpenTasks(HumanTaskStatus.Cancelled);
        var paragraph = string.IsNullOrWhiteSpace(decision.Reference) ? null : decision.Reference.Trim();
        context.Set(Paragraph, paragraph);
        context.Set(DecidedAt, context.Now);
        context.Set(Comment, decision.Comment);
        if (decision.Outcome is not (Approved or Rejected))
        {
            context.Complete(decision.Outcome);
            return;
        }
        var facts = new DecisionNotice.Facts(context.Get(Matter)?.Trim() ?? "", CaseNumberOf(context), decision.Outcome, paragraph, decision.Comment, decision.Meeting);
        if (decision.Meeting?.AwaitsJustering == true)
        {
            context.SetProperty(PendingOutcomeProperty, decision.Outcome);
            context.SetProperty(PendingNoticeProperty, facts);
            context.CreateBookmark(InForce, new System.Text.Json.Nodes.JsonObject { ["taskId"] = decision.TaskId });
            return;
        }
        await InForceAsync(context, facts, decision.TaskId);
        context.Complete(decision.Outcome);
    }

    // The decision is in force: the fact, with the step, and the decision notice to everyone the list names; a role nobody
    // holds is skipped, so a case without, say, a steering group still gets its notice out and the workflow goes on.
    private async Task InForceAsync(ActivityExecutionContext context, DecisionNotice.Facts facts, string taskId)
    {
        var meeting = facts.Meeting;
        context.AddRecord(AgendaRecordKinds.InForce, new DecisionInForce
        {
            TaskId = taskId,
            InstanceId = context.WorkflowContext.Instance.Id,
            CaseNumber = facts.CaseNumber,
            Matter = facts.Matter,
            Outcome = facts.Outcome,
            Paragraph = facts.Paragraph,
            Comment = facts.Comment,
            MeetingId = meeting?.MeetingId,
            MeetingDate = meeting?.MeetingDate,
            Immediate = meeting?.Immediate == true,
            JusteradOn = meeting?.JusteradOn,
            // Recorded from the checked minutes (the secretary's link), a decision is in force when recorded.
            EffectiveOn = meeting?.InForceOn ?? StockholmTime.DateOf(context.Now),
            InForceAt = context.Now,
        });
        var to = await context.Services.GetRequiredService<RecipientResolver>().ResolveHeldAsync(context.Get(NoticeTo), CaseNumberOf(context));
        if (to.Count > 0) context.SendMessage(EmailMessage.Kind, DecisionNotice.For(facts, [.. to.Select(r => new EmailAddress(r.Email, r.Name))]));
    }

    // The named case, else the instance's own.
    private string? CaseNumberOf(ActivityExecutionContext context) =>
        context.Get(CaseNumber)?.Trim() is { Length: > 0 } named ? named : context.WorkflowContext.Instance.CorrelationId;

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    // A meeting whose day has passed cannot take the matter any more (it may be a tabled matter's, or a proposal's that came late).
    private static DateTimeOffset? MeetingOf(DateTimeOffset? meeting, DateTimeOffset now) =>
        meeting is { } date && MeetingTimes.AgendaDate(date) < StockholmTime.DateOf(now) ? null : meeting;

    private static string Ask(string matter, DateTimeOffset? meeting) =>
        // Without a date the page shows the meeting the agenda places it on, as it stands when the secretary opens it.
        $"Ärendet ”{matter}” är anmält till {(meeting is { } date ? $"nämndens sammanträde {Swedish(date)}" : "nämnden")}.\n\n"
        + "Registrera nämndens beslut här när protokollet är justerat, eller när paragrafen har förklarats omedelbart justerad: "
        + "bifall, avslag, bordläggning eller återremiss, med beslutets paragraf (§) i protokollet.";

    // A meeting given as a bare date arrives as midnight UTC: show the date without a time.
    private static string Swedish(DateTimeOffset meeting) =>
        meeting.Offset == TimeSpan.Zero && meeting.TimeOfDay == TimeSpan.Zero
            ? SwedishDates.Day(DateOnly.FromDateTime(meeting.UtcDateTime))
            : SwedishDates.DayAndTime(meeting);
}
