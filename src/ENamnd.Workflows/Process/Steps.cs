using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Email;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.ProcessVariables;

namespace ENamnd.Workflows.Process;

/// <summary>The building blocks the phases share: who is asked, and the common shapes of approvals, work and decisions.</summary>
internal static class Steps
{
    /// <summary>The case's steering group, or the coordinator while the case has none.</summary>
    public const string SteeringGroup = "roll:styrgrupp@ärendet | roll:samordnare";

    /// <summary>The case's project manager, or the coordinator while the case has none.</summary>
    public const string ProjectManager = "roll:projektledare@ärendet | roll:samordnare";

    /// <summary>The coordinator.</summary>
    public const string Coordinator = "roll:samordnare";

    /// <summary>The case title in Liquid.</summary>
    public const string CaseTitle = "{{ Input." + Title + " }}";

    /// <summary>A support-document line: a title and its file in the document library; nothing while no library is configured.</summary>
    public static string Document(string title, string file) =>
        $"{{% if Input.{DocumentLibrary} != nil and Input.{DocumentLibrary} != \"\" %}}{title} | {{{{ Input.{DocumentLibrary} }}}}/{file}{{% endif %}}";

    /// <summary>Support documents as a Liquid expression (one per line).</summary>
    public static Input<string?> Documents(params string[] lines) => new(Expression.Liquid(string.Join("\n", lines)));

    /// <summary>An approval by the steering group (or whoever is named).</summary>
    public static RequestApproval Approval(string id, string title, string instructions, Input<string?>? documents = null, string approvers = SteeringGroup, string? fields = null) => new RequestApproval
    {
        Fields = new Input<string?>(fields),
        Id = id,
        Approvers = approvers,
        Title = new Input<string>(Expression.Liquid($"{title} – {CaseTitle}")),
        Instructions = new Input<string>(Expression.Liquid(instructions)),
        Documents = documents ?? new Input<string?>((string?)null),
        // Times to answer in working days: two weeks, and one more for the coordinator standing in.
        InWorkingDays = new Input<bool>(true),
        DeadlineAfter = TimeSpan.FromDays(10),
        ReminderInterval = TimeSpan.FromDays(3),
        Substitute = Coordinator,
        EscalationDeadline = TimeSpan.FromDays(5),
    }.Shown(title);

    /// <summary>A piece of work for the project manager (or whoever is named).</summary>
    public static AssignTask Work(string id, string title, string instructions, Input<string?>? documents = null, string assignees = ProjectManager, string? fields = null) => new AssignTask
    {
        Fields = new Input<string?>(fields),
        Id = id,
        Assignees = assignees,
        Title = new Input<string>(Expression.Liquid($"{title} – {CaseTitle}")),
        Instructions = new Input<string>(Expression.Liquid(instructions)),
        Documents = documents ?? new Input<string?>((string?)null),
        InWorkingDays = new Input<bool>(true),
        DueAfter = TimeSpan.FromDays(20),
        ReminderInterval = TimeSpan.FromDays(7),
    }.Shown(title);

    /// <summary>
    /// The rework after <paramref name="approvalId"/> returned something for revision (återremiss): the task says who
    /// returned it and with which comment.
    /// </summary>
    public static AssignTask Revise(string id, string what, string pronoun, string approvalId) =>
        Work(id, $"Revidera {what}", "").AfterReturn(approvalId, $"{char.ToUpperInvariant(what[0])}{what[1..]} har återremitterats. Revidera {pronoun} och markera uppgiften som klar.");

    /// <summary>
    /// Gives work that a return from <paramref name="approvalId"/> leads back to its <paramref name="instructions"/> and,
    /// after a return, who returned it and with which comment (the approval's last answer).
    /// </summary>
    public static AssignTask AfterReturn(this AssignTask work, string approvalId, string instructions)
    {
        work.Instructions = new Input<string>(Expression.JavaScript(
            $"{System.Text.Json.JsonSerializer.Serialize(instructions)} + (() => {{ const d = getOutputFrom('{approvalId}', 'Decisions') ?? []; const last = d[d.length - 1]; " +
            $"if (!last || last.outcome !== '{ApprovalOutcomes.Returned}') return ''; " +
            "return '\\n\\n' + (last.decidedByName || last.decidedBy) + ' återremitterade' + (last.comment ? ' med kommentaren: ”' + last.comment + '”' : ' utan kommentar') + '.'; })()"));
        return work;
    }

    /// <summary>
    /// The municipalities' own decisions: the current participants (or, for the interest in an idea, every member
    /// municipality); those who join become the participants. Each round has its own <paramref name="subject"/>; the
    /// case description follows the question, and with <paramref name="expectedTotal"/> (JavaScript, kronor) each
    /// municipality sees its expected share.
    /// </summary>
    public static CollectMunicipalDecisions MunicipalDecisions(string id, string subject, string question, bool everyone = false, bool financed = true, string? expectedTotal = null) => new CollectMunicipalDecisions
    {
        Id = id,
        Municipalities = everyone ? new Input<string>("alla") : new Input<string>(Expression.Variable(Participants)),
        Financed = financed,
        Subject = new Input<string?>(Expression.Liquid($"{subject}: {CaseTitle}")),
        Question = new Input<string>(Expression.Liquid(question + AboutTheCase)),
        ExpectedTotal = expectedTotal is null ? new Input<decimal?>((decimal?)null) : new Input<decimal?>(Expression.JavaScript(expectedTotal)),
        // A municipality's own decision goes through its board: eight weeks of working days.
        InWorkingDays = new Input<bool>(true),
        Deadline = TimeSpan.FromDays(40),
        ReminderInterval = TimeSpan.FromDays(14),
        Minimum = 2,
        // A decision that costs money is the municipality's own (body, date, §); interest in an idea is not.
        AskForReference = financed,
        Participants = Output<List<string>>.To(Participants),
    }.Shown(subject);

    /// <summary>The case description after a question, in Liquid (nothing when the case has none).</summary>
    public const string AboutTheCase =
        $"{{% if Input.{Description} != nil and Input.{Description} != \"\" %}}\n\nOm ärendet: {{{{ Input.{Description} }}}}{{% endif %}}";

    /// <summary>The budget of a phase in JavaScript: the case's own for that phase, else <paramref name="fallback"/>.</summary>
    public static string BudgetOf(string phaseId, decimal fallback) =>
        $"(getInput('{Budgets}') ?? {{}})['{phaseId}'] ?? {fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Guarantee commitments from the participants, split by population unless <paramref name="model"/> (JavaScript giving
    /// the model's name) says otherwise; <paramref name="validity"/> is Liquid. A municipality that withdraws is no longer a
    /// participant, so later rounds neither ask nor charge it.
    /// </summary>
    public static CollectGuaranteeCommitments Commitments(string id, decimal defaultBudget, string validity, string? model = null) => new()
    {
        Id = id,
        Participants = new Input<string>(Expression.Variable(Participants)),
        Total = new Input<decimal>(Expression.JavaScript($"getInput('{Budget}') ?? {defaultBudget}")),
        Model = model is null
            ? new Input<Activities.Allocation.AllocationModel>(Activities.Allocation.AllocationModel.Population)
            : new Input<Activities.Allocation.AllocationModel>(Expression.JavaScript(model)),
        // Only the hybrid model reads it: half in equal shares, half by population.
        EqualFraction = new Input<decimal?>(0.5m),
        Validity = new Input<string?>(Expression.Liquid(validity)),
        InWorkingDays = new Input<bool>(true),
        Deadline = TimeSpan.FromDays(30),
        ReminderInterval = TimeSpan.FromDays(7),
        Remaining = Output<List<string>>.To(Participants),
    };

    /// <summary>A committee decision on a matter, at the next meeting.</summary>
    public static AwaitCommitteeDecision Committee(string id, string matter) => new AwaitCommitteeDecision
    {
        Id = id,
        Matter = new Input<string>(Expression.Liquid($"{matter} – {CaseTitle}")),
        Documents = new Input<string?>((string?)null),
        // The decision notice goes to the participating municipalities' representatives and the case's own people.
        NoticeTo = new Input<string?>(Expression.JavaScript(
            $"(getVariable('{Participants}') ?? []).map(c => 'roll:beredningsgrupp@' + c).concat(['roll:styrgrupp@ärendet', 'roll:projektledare@ärendet']).join('\\n')")),
    }.Shown(matter);

    /// <summary>The case's people for a notice: the participating municipalities' representatives and the coordinator.</summary>
    public static readonly string CasePeople =
        $"(getVariable('{Participants}') ?? []).map(c => 'roll:beredningsgrupp@' + c).concat(['{Coordinator}']).join('\\n')";

    /// <summary>
    /// An email (a notice that needs no answer) to <paramref name="to"/> (a JavaScript expression for the recipients);
    /// the subject and text are Liquid, the case's page follows the text.
    /// </summary>
    public static SendEmail Notice(string id, string to, string subject, string text) => new SendEmail
    {
        Id = id,
        To = new Input<string>(Expression.JavaScript(to)),
        Subject = new Input<string>(Expression.Liquid($"{subject} – {CaseTitle}")),
        Body = new Input<string>(Expression.Liquid(
            text + $"{{% if Input.{CasePage} != nil and Input.{CasePage} != \"\" %}}\n\nÄrendet: {{{{ Input.{CasePage} }}}}{{% endif %}}")),
    }.Shown(subject);

    /// <summary>Routes on a field of an object variable: one outcome per value, taken when the field has that value.</summary>
    public static FlowSwitch RouteOn(string id, string variable, string field, params string[] values) => new()
    {
        Id = id,
        Cases = [.. values.Select(v => new SwitchCase(v, Expression.JavaScript($"(getVariable('{variable}') ?? {{}}).{field} === '{v}'")))],
    };

    /// <summary>Gives a step the text the designer shows on it (Elsa's <c>metadata.displayText</c>).</summary>
    public static T Shown<T>(this T activity, string text) where T : Activity
    {
        activity.Metadata["displayText"] = text;
        return activity;
    }

    /// <summary>Sets a variable to a literal.</summary>
    public static SetVariable Set(string id, string variable, object value) => new(variable, new Input<object>(Expression.Literal(value))) { Id = id };

    /// <summary>Sets a variable to what a script computes.</summary>
    public static SetVariable Compute(string id, string variable, string script) => new(variable, new Input<object>(Expression.JavaScript(script))) { Id = id };
}
