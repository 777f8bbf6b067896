using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// Asks each invited municipality, through its representative in the preparation group, whether it joins and
/// funds a matter (kommunbeslut), optionally with its own decision reference. Completes when every municipality
/// has answered or at the deadline (unanswered tasks then close as timed out), through <c>Enough</c> when at
/// least <see cref="Minimum"/> joined and <c>NotEnough</c> otherwise.
/// </summary>
[Activity("ENamnd", "CollectMunicipalDecisions", Category = ActivityCategories.Decisions, DisplayName = "Inhämta kommunbeslut",
    Description = "Frågar varje kommuns representant i beredningsgruppen om kommunen deltar och finansierar, och väntar på svar till sista svarsdag.",
    Kind = ActivityKind.Task)]
[FlowNode(Enough, NotEnough)]
public sealed class CollectMunicipalDecisions : TaskActivity, ICountsWorkingDays
{
    /// <inheritdoc />
    [Input(DisplayName = ICountsWorkingDays.DisplayName, Description = ICountsWorkingDays.Description, UIHint = "checkbox", Order = 90)]
    public Input<bool> InWorkingDays { get; set; } = new(false);

    /// <summary>The answer "participates and funds".</summary>
    public const string Join = "Join";

    /// <summary>The answer "does not participate".</summary>
    public const string Decline = "Decline";

    /// <summary>The outcome when at least <see cref="Minimum"/> municipalities joined.</summary>
    public const string Enough = "Enough";

    /// <summary>The outcome when fewer than <see cref="Minimum"/> municipalities joined.</summary>
    public const string NotEnough = "NotEnough";

    /// <summary>The task kind of the invitations.</summary>
    public const string TaskKind = "municipal-decision";

    private const string MinimumProperty = "minimum";
    private const string JoinedLaterProperty = "joinedLater";

    private static readonly IReadOnlyList<TaskChoice> Choices = [new(Join, "Deltar och finansierar"), new(Decline, "Deltar inte")];

    // A round without costs (the interest in an idea) asks about taking part with time and people only.
    private static readonly IReadOnlyList<TaskChoice> UnfinancedChoices = [new(Join, "Deltar"), new(Decline, "Deltar inte")];

    /// <summary>The municipalities to ask: names or codes, or "alla".</summary>
    [Input(DisplayName = "Kommuner", UIHint = "multiline", Order = 1,
        Description = "Namn eller kommunkoder, åtskilda med komma eller ny rad, till exempel \"Boden, Piteå, 2580\". Skriv \"alla\" för samtliga 14 kommuner.")]
    public Input<string> Municipalities { get; set; } = new("alla");

    /// <summary>What the municipalities are asked to decide.</summary>
    [Input(DisplayName = "Fråga", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 2,
        Description = "Vad kommunerna ska ta ställning till, till exempel \"Vill kommunen delta i och finansiera förstudien om e-arkiv?\"")]
    public Input<string> Question { get; set; } = new("");

    /// <summary>How long the municipalities have to answer, from the start of the activity.</summary>
    [Input(DisplayName = "Svarstid", Description = "Tid från start till sista svarsdag, till exempel 30.00:00:00 för 30 dagar.", Order = 3)]
    public Input<TimeSpan> Deadline { get; set; } = new(TimeSpan.FromDays(30));

    /// <summary>How often unanswered municipalities are reminded; zero means never.</summary>
    [Input(DisplayName = "Påminnelseintervall", Description = "Till exempel 7.00:00:00 för en påminnelse i veckan. 0 betyder inga påminnelser.", Order = 4)]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(7));

    /// <summary>How many must join for <c>Enough</c>.</summary>
    [Input(DisplayName = "Minsta antal deltagare", Description = "Nämnden tar bara uppdrag på initiativ av två eller fler kommuner.", Order = 5)]
    public Input<int> Minimum { get; set; } = new(2);

    /// <summary>Whether the answer may carry the municipality's decision reference (body, date, §).</summary>
    [Input(DisplayName = "Be om beslutsreferens", Description = "Kommunen kan ange sitt beslut: organ, datum och paragraf (§).", Order = 6)]
    public Input<bool> AskForReference { get; set; } = new(true);

    /// <summary>Whether taking part means paying a share; without, the municipalities take part with time and people only.</summary>
    [Input(DisplayName = "Gäller finansiering", Description = "På: kommunen deltar och finansierar sin del. Av: kommunen deltar med tid och personer, utan kostnad.", Order = 7)]
    public Input<bool> Financed { get; set; } = new(true);

    /// <summary>The round's subject, before the municipality's name in every task and email.</summary>
    [Input(DisplayName = "Rubrik", DefaultSyntax = ExpressionTypes.Liquid, Order = 8,
        Description = "Frågans rubrik, till exempel \"Överenskommelse om förstudie: {{ Input.titel }}\". Kommunens namn läggs till efter.")]
    public Input<string?> Subject { get; set; } = new((string?)null);

    /// <summary>The expected cost to share, so each municipality sees its share should all asked take part; none for no share.</summary>
    [Input(DisplayName = "Beräknad kostnad (kr)", Order = 9,
        Description = "Valfritt. Kostnaden som ska delas; varje kommun ser sin beräknade andel om alla tillfrågade deltar.")]
    public Input<decimal?> ExpectedTotal { get; set; } = new((decimal?)null);

    /// <summary>How the expected cost is shared.</summary>
    [Input(DisplayName = "Fördelningsmodell", Description = "Equal = lika delar, Population = invånarantal, Hybrid = hälften lika delar, hälften invånarantal.", Order = 10)]
    public Input<AllocationModel> Model { get; set; } = new(AllocationModel.Population);

    /// <summary>The codes of the municipalities that joined.</summary>
    [Output(DisplayName = "Deltagare", Description = "Kommunkoder för de kommuner som deltar och finansierar.")]
    public Output<List<string>> Participants { get; set; } = new();

    /// <summary>The codes of the municipalities that declined.</summary>
    [Output(DisplayName = "Avböjda", Description = "Kommunkoder för de kommuner som inte deltar.")]
    public Output<List<string>> Decliners { get; set; } = new();

    /// <summary>The codes of the municipalities that did not answer in time.</summary>
    [Output(DisplayName = "Obesvarade", Description = "Kommunkoder för de kommuner som inte svarade i tid.")]
    public Output<List<string>> Unanswered { get; set; } = new();

    /// <summary>Every answer with its reference, signer and time.</summary>
    [Output(DisplayName = "Beslut", Description = "Kommunernas svar med beslutsreferens, vem som svarade och när.")]
    public Output<List<MunicipalDecision>> Decisions { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // Everything is checked before the first task opens: a fault must not leave invitations behind.
        var municipalities = MunicipalityList.Parse(context.Get(Municipalities), context.Services.GetRequiredService<MunicipalityRegistry>());
        var minimum = context.Get(Minimum);
        if (minimum < 1 || minimum > municipalities.Count)
            throw new ActivityFaultException($"Minsta antal deltagare ({minimum}) måste vara mellan 1 och antalet tillfrågade kommuner ({municipalities.Count}).");
        var question = context.Get(Question);
        if (string.IsNullOrWhiteSpace(question)) throw new ActivityFaultException("Frågan till kommunerna saknas.");
        var representatives = await Representatives.FindAsync(context, municipalities);
        var deadlineAt = TaskTimers.Start(context, context.Get(Deadline), context.Get(ReminderInterval));
        LateJoins.Await(context);
        context.SetProperty(MinimumProperty, minimum);
        var answers = new MunicipalAnswers(context);
        var invited = municipalities.Select(m => m.Code).ToList();
        foreach (var municipality in municipalities) Invite(context, answers, municipality, representatives[municipality.Code], deadlineAt, invited);
    }

    /// <inheritdoc />
    protected override async ValueTask JoinAsync(ActivityExecutionContext context, string municipality, string by)
    {
        var answers = new MunicipalAnswers(context);
        var joining = context.Services.GetRequiredService<MunicipalityRegistry>().Find(municipality)
            ?? throw new ActivityFaultException($"Kommunen {municipality} finns inte.");
        if (answers.Invitations.Any(invitation => invitation.Code == joining.Code))
        {
            // Asked already (and declined, or the host would have refused the join): it takes part all the same.
            var joinedLater = context.GetProperty<List<string>>(JoinedLaterProperty) ?? [];
            if (!joinedLater.Contains(joining.Code)) context.SetProperty(JoinedLaterProperty, joinedLater.Append(joining.Code).ToList());
            context.Log($"{joining.Name} anslöt till ärendet ({by}) efter sitt svar och deltar.");
            return;
        }
        var representatives = await Representatives.FindAsync(context, [joining]);
        context.Log($"{joining.Name} anslöt till ärendet ({by}) och tillfrågas också.");
        Invite(context, answers, joining, representatives[joining.Code], TaskTimers.DueAt(context), [joining.Code]);
    }

    private void Invite(ActivityExecutionContext context, MunicipalAnswers answers, Municipality municipality, TaskRecipient recipient, DateTimeOffset? dueAt, IReadOnlyList<string> invited)
    {
        var task = context.OpenTask(new TaskRequest
        {
            Kind = TaskKind,
            Title = $"{SubjectOf(context)} – {municipality.Name}",
            Question = Ask((context.Get(Question) ?? "").Trim(), municipality, context.Get(AskForReference), context.Get(Financed),
                ExpectedShare(context, [.. answers.Invitations.Select(i => i.Code), .. invited.Where(c => answers.Invitations.All(i => i.Code != c))], municipality.Code)),
            Recipient = recipient,
            Choices = ChoicesOf(context),
            AsksForReference = context.Get(AskForReference),
            DueAt = dueAt,
        });
        answers.Add(new MunicipalInvitation(task.TaskId, municipality.Code, municipality.Name));
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var answers = new MunicipalAnswers(context);
        if (TaskTimers.IsReminder(bookmark))
        {
            TaskTimers.Remind(context);
        }
        else if (TaskTimers.IsDeadline(bookmark))
        {
            context.CloseOpenTasks(HumanTaskStatus.TimedOut);
            Finish(context, answers);
        }
        else if (TaskAnswers.Of(context, bookmark, ChoicesOf(context)) is { } decision && answers.FindByTask(decision.TaskId) is { } invitation)
        {
            context.CloseTask(decision.TaskId, HumanTaskStatus.Decided, decision);
            answers.Record(new MunicipalDecision
            {
                Code = invitation.Code,
                Name = invitation.Name,
                Outcome = decision.Outcome,
                Reference = decision.Reference,
                Comment = decision.Comment,
                DecidedBy = decision.DecidedBy,
                At = context.Now,
            });
            if (answers.AllAnswered) Finish(context, answers);
        }
        return default;
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private void Finish(ActivityExecutionContext context, MunicipalAnswers answers)
    {
        var joinedLater = context.GetProperty<List<string>>(JoinedLaterProperty) ?? [];
        var participants = answers.CodesAnswering(Join).Union(joinedLater).ToList();
        context.Set(Participants, participants);
        context.Set(Decliners, [.. answers.CodesAnswering(Decline).Except(joinedLater)]);
        context.Set(Unanswered, answers.UnansweredCodes());
        context.Set(Decisions, [.. answers.Decisions]);
        context.Complete(participants.Count >= context.GetProperty<int>(MinimumProperty) ? Enough : NotEnough);
    }

    private IReadOnlyList<TaskChoice> ChoicesOf(ActivityExecutionContext context) => context.Get(Financed) ? Choices : UnfinancedChoices;

    private string SubjectOf(ActivityExecutionContext context) => context.Get(Subject)?.Trim() is { Length: > 0 } subject ? subject : "Kommunbeslut";

    // "Kommunens beräknade andel …" when the round shares a cost: the split among everyone asked, with the municipality's part.
    private string? ExpectedShare(ActivityExecutionContext context, IReadOnlyList<string> asked, string code)
    {
        if (!context.Get(Financed) || context.Get(ExpectedTotal) is not { } total || total <= 0 || context.Get(Model) == AllocationModel.Capped) return null;
        var registry = context.Services.GetRequiredService<MunicipalityRegistry>();
        var terms = new CommitmentTerms
        {
            Model = context.Get(Model),
            Total = total,
            PopulationYear = registry.LatestPopulationYear,
            EqualFraction = context.Get(Model) == AllocationModel.Hybrid ? 0.5m : null,
        };
        var share = terms.Split(context.Services.GetRequiredService<CostAllocator>(), asked).Shares.Single(s => s.Code == code);
        return $"Kommunens beräknade andel om alla {asked.Count} tillfrågade kommuner deltar: {SwedishNumbers.Kronor(share.Amount)} "
            + $"({CommitmentTexts.Percent(share.Percent)} av {SwedishNumbers.Kronor(total)}), fördelad efter {terms.ModelText()}. "
            + "Blir kommunerna färre räknas andelen om innan kommunen ombeds om ett garantiåtagande.";
    }

    private static string Ask(string question, Municipality municipality, bool askForReference, bool financed, string? share) =>
        $"{question}\n\n"
        + (share is null ? "" : $"{share}\n\n")
        + $"Svara för {municipality.OfficialName}: "
        + (financed ? "deltar kommunen och finansierar sin del, eller deltar den inte?" : "deltar kommunen i arbetet med tid och personer, eller deltar den inte? Svaret innebär ingen kostnad.")
        + (askForReference ? "\nAnge gärna kommunens beslut: organ, datum och paragraf (§)." : "");
}
