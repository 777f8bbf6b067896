using System.Text.Json.Nodes;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// Splits a cost between the participating municipalities and asks each one's representative to commit to its
/// share (garantiåtagande), keeping a ledger of amounts, caps, model, validity, signers and times. A withdrawal
/// can re-split the cost between the rest (see <see cref="CommitmentRounds"/>). Completes when nobody has an open
/// request or at the deadline, through <c>AllCommitted</c> when the commitments cover the whole total and
/// <c>Incomplete</c> otherwise.
/// </summary>
[Activity("ENamnd", "CollectGuaranteeCommitments", Category = ActivityCategories.Decisions, DisplayName = "Inhämta garantiåtaganden",
    Description = "Fördelar kostnaden mellan de deltagande kommunerna och ber varje kommuns representant att åta sig sin andel.",
    Kind = ActivityKind.Task)]
[FlowNode(AllCommitted, Incomplete)]
public sealed class CollectGuaranteeCommitments : TaskActivity, ICountsWorkingDays
{
    /// <inheritdoc />
    [Input(DisplayName = ICountsWorkingDays.DisplayName, Description = ICountsWorkingDays.Description, UIHint = "checkbox", Order = 90)]
    public Input<bool> InWorkingDays { get; set; } = new(false);

    /// <summary>The answer "commits to the share".</summary>
    public const string Commit = "Commit";

    /// <summary>The answer "declines to commit" (avstår).</summary>
    public const string Withdraw = "Withdraw";

    /// <summary>The outcome when the commitments cover the whole total.</summary>
    public const string AllCommitted = "AllCommitted";

    /// <summary>The outcome when someone withdrew without a re-split, or did not answer in time.</summary>
    public const string Incomplete = "Incomplete";

    /// <summary>The task kind of the requests.</summary>
    public const string TaskKind = "guarantee-commitment";

    internal static readonly IReadOnlyList<TaskChoice> Choices = [new(Commit, "Åtar sig"), new(Withdraw, "Avstår")];

    /// <summary>The participating municipalities, usually bound to the participants of an earlier municipal decision.</summary>
    [Input(DisplayName = "Deltagande kommuner", UIHint = "multiline", Order = 1,
        Description = "Namn eller kommunkoder, åtskilda med komma eller ny rad, eller en lista (till exempel deltagarna från Inhämta kommunbeslut).")]
    public Input<string> Participants { get; set; } = new("");

    /// <summary>The cost to split, in whole kronor.</summary>
    [Input(DisplayName = "Totalbelopp (kr)", Description = "Kostnaden som ska fördelas, i hela kronor.", Order = 2)]
    public Input<decimal> Total { get; set; } = new(0m);

    /// <summary>The allocation model.</summary>
    [Input(DisplayName = "Fördelningsmodell", Description = "Equal = lika delar, Population = invånarantal, Hybrid = delvis lika, delvis invånarantal, Capped = maxbelopp.", Order = 3)]
    public Input<AllocationModel> Model { get; set; } = new(AllocationModel.Population);

    /// <summary>The population year; empty means the latest year in the reference data.</summary>
    [Input(DisplayName = "Befolkningsår", Description = "Invånarantal per 31 december detta år. Tomt betyder det senaste året som finns.", Order = 4)]
    public Input<int?> PopulationYear { get; set; } = new((int?)null);

    /// <summary>Hybrid only: the fraction split equally.</summary>
    [Input(DisplayName = "Andel lika delar", Description = "Endast Hybrid: andelen som delas lika, till exempel 0.5 för 50/50.", Order = 5)]
    public Input<decimal?> EqualFraction { get; set; } = new((decimal?)null);

    /// <summary>Capped only: the maximum per municipality.</summary>
    [Input(DisplayName = "Maxbelopp", UIHint = "json-editor", DefaultSyntax = ExpressionTypes.Object, Order = 6,
        Description = "Endast Capped: maxbelopp per kommun, till exempel {\"Luleå\": 500000, \"Boden\": 200000}.")]
    public Input<JsonObject?> Caps { get; set; } = new((JsonObject?)null);

    /// <summary>The rounding unit in kronor.</summary>
    [Input(DisplayName = "Avrundning (kr)", UIHint = "dropdown", Options = ["1", "100"], Description = "Andelarna avrundas till hela kronor eller hela hundratal.", Order = 7)]
    public Input<int> RoundTo { get; set; } = new(1);

    /// <summary>What the commitment covers in time.</summary>
    [Input(DisplayName = "Giltighet", Description = "Till exempel \"2023–2025\" eller \"projekttiden\".", Order = 8)]
    public Input<string?> Validity { get; set; } = new((string?)null);

    /// <summary>How long the municipalities have to answer, from the start of the activity.</summary>
    [Input(DisplayName = "Svarstid", Description = "Tid från start till sista svarsdag, till exempel 30.00:00:00 för 30 dagar.", Order = 9)]
    public Input<TimeSpan> Deadline { get; set; } = new(TimeSpan.FromDays(30));

    /// <summary>How often open requests are reminded; zero means never.</summary>
    [Input(DisplayName = "Påminnelseintervall", Description = "Till exempel 7.00:00:00 för en påminnelse i veckan. 0 betyder inga påminnelser.", Order = 10)]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(7));

    /// <summary>Whether a withdrawal re-splits the total between the remaining municipalities (at least two).</summary>
    [Input(DisplayName = "Fördela om vid avstående", Description = "Om en kommun avstår fördelas totalbeloppet om mellan de övriga (minst två), som tillfrågas igen.", Order = 11)]
    public Input<bool> ResplitOnWithdrawal { get; set; } = new(true);

    /// <summary>How the amount was reached when it is not a split between several, e.g. a later joiner's buy-in.</summary>
    [Input(DisplayName = "Underlag för andelen", UIHint = "multiline", Order = 12,
        Description = "Valfritt. Visas i stället för fördelningen, till exempel hur ett inköp för en kommun som ansluter senare är beräknat.")]
    public Input<string?> Basis { get; set; } = new((string?)null);

    /// <summary>Every answer, superseded ones included.</summary>
    [Output(DisplayName = "Liggare", Description = "Alla svar: kommun, belopp, maxbelopp, modell, giltighet, undertecknare, tid och status.")]
    public Output<List<CommitmentEntry>> Ledger { get; set; } = new();

    /// <summary>The commitments that hold.</summary>
    [Output(DisplayName = "Åtaganden", Description = "De åtaganden som gäller.")]
    public Output<List<CommitmentEntry>> Commitments { get; set; } = new();

    /// <summary>The codes of the municipalities that withdrew.</summary>
    [Output(DisplayName = "Avstående", Description = "Kommunkoder för de kommuner som avstod.")]
    public Output<List<string>> Withdrawn { get; set; } = new();

    /// <summary>The codes of the municipalities without a commitment to their current share at the deadline.</summary>
    [Output(DisplayName = "Obesvarade", Description = "Kommunkoder för de kommuner som inte svarade i tid.")]
    public Output<List<string>> Unanswered { get; set; } = new();

    /// <summary>The participants still taking part: those asked, less those that withdrew (in the order asked).</summary>
    [Output(DisplayName = "Kvarvarande deltagare", Description = "Kommunkoder för de tillfrågade kommunerna utom de som avstod; de deltar vidare.")]
    public Output<List<string>> Remaining { get; set; } = new();

    /// <summary>The last split between the municipalities still taking part.</summary>
    [Output(DisplayName = "Slutlig fördelning", Description = "Den senaste fördelningen mellan de kommuner som är kvar.")]
    public Output<List<AllocationShare>> FinalShares { get; set; } = new();

    /// <summary>The terms the round was asked on, so a municipality joining later buys in on the same ones.</summary>
    [Output(DisplayName = "Villkor", Description = "Fördelningsmodell, totalbelopp, befolkningsår och övriga villkor som andelarna räknades på.")]
    public Output<CommitmentTerms> Terms { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // Everything is checked before the first task opens: a fault must not leave requests behind.
        var registry = context.Services.GetRequiredService<MunicipalityRegistry>();
        var allocator = context.Services.GetRequiredService<CostAllocator>();
        var municipalities = MunicipalityList.Parse(context.Get(Participants), registry);
        var total = context.Get(Total);
        if (total <= 0) throw new ActivityFaultException("Totalbeloppet måste vara större än noll.");
        var model = context.Get(Model);
        var terms = new CommitmentTerms
        {
            Model = model,
            Total = total,
            PopulationYear = context.Get(PopulationYear) ?? (model is AllocationModel.Population or AllocationModel.Hybrid ? registry.LatestPopulationYear : null),
            EqualFraction = context.Get(EqualFraction),
            Caps = CommitmentTerms.ParseCaps(context.Get(Caps)),
            RoundTo = context.Get(RoundTo),
            Validity = context.Get(Validity)?.Trim(),
            ResplitOnWithdrawal = context.Get(ResplitOnWithdrawal),
            Basis = context.Get(Basis)?.Trim() is { Length: > 0 } basis ? basis : null,
        };
        var split = terms.Split(allocator, [.. municipalities.Select(m => m.Code)]);
        TaskTimers.Validate(context.Get(Deadline), context.Get(ReminderInterval));
        var representatives = await Representatives.FindAsync(context, municipalities);
        TaskTimers.Start(context, context.Get(Deadline), context.Get(ReminderInterval));
        LateJoins.Await(context);
        var state = new CommitmentState
        {
            Terms = terms.WithCapsByCode(registry),
            Recipients = representatives.ToDictionary(),
            Shares = [.. split.Shares],
        };
        foreach (var share in split.Shares) CommitmentRounds.Ask(context, state, share);
        state.Save(context);
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var state = CommitmentState.Load(context);
        if (TaskTimers.IsReminder(bookmark))
        {
            TaskTimers.Remind(context);
        }
        else if (TaskTimers.IsDeadline(bookmark))
        {
            context.CloseOpenTasks(HumanTaskStatus.TimedOut);
            Finish(context, state);
        }
        else if (TaskAnswers.Of(context, bookmark, Choices) is { } decision && state.Requests.FirstOrDefault(r => r.TaskId == decision.TaskId) is { } request)
        {
            CommitmentRounds.Answer(context, state, request, decision, context.Services.GetRequiredService<CostAllocator>());
            state.Save(context);
            if (state.Requests.Count == 0) Finish(context, state);
        }
        return default;
    }

    /// <inheritdoc />
    protected override async ValueTask JoinAsync(ActivityExecutionContext context, string municipality, string by)
    {
        var state = CommitmentState.Load(context);
        var joining = context.Services.GetRequiredService<MunicipalityRegistry>().Find(municipality)
            ?? throw new ActivityFaultException($"Kommunen {municipality} finns inte.");
        if (state.Shares.Any(share => share.Code == joining.Code)) return;
        var representatives = await Representatives.FindAsync(context, [joining]);
        context.Log($"{joining.Name} anslöt till ärendet ({by}); kostnaden fördelas om.");
        CommitmentRounds.Join(context, state, joining.Code, joining.Name, representatives[joining.Code], context.Services.GetRequiredService<CostAllocator>());
        state.Save(context);
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private void Finish(ActivityExecutionContext context, CommitmentState state)
    {
        var commitments = state.Ledger.Where(e => e.Status == CommitmentStatus.Committed).ToList();
        var committed = commitments.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var unanswered = state.Shares.Where(s => !committed.Contains(s.Code)).Select(s => s.Code).ToList();
        context.Set(Ledger, state.Ledger);
        context.Set(Commitments, commitments);
        context.Set(Withdrawn, state.Withdrawn);
        context.Set(Remaining, [.. state.Recipients.Keys.Where(code => !state.Withdrawn.Contains(code))]);
        context.Set(Unanswered, unanswered);
        context.Set(FinalShares, state.Shares);
        context.Set(Terms, state.Terms);
        // The commitments cover the total only when every remaining municipality committed to a split of the whole total.
        var covered = state.Shares.Count > 0 && unanswered.Count == 0 && state.Shares.Sum(s => s.Amount) == state.Terms.Total;
        context.Complete(covered ? AllCommitted : Incomplete);
    }
}
