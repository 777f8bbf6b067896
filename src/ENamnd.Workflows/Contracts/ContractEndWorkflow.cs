using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Email;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Workflows.Contracts;

/// <summary>
/// Beslut vid avtalsslut: the committee's decision before a contract's notice or option deadline, started by contract
/// monitoring. The owner and the coordinator propose extend, new project or let expire; the matter goes on the agenda
/// of the committee meeting the monitoring chose (the last one by the deadline), under the contract's case. A bifall
/// writes the proposal to the contract with the committee's paragraph; avslag or återremiss asks for a new proposal,
/// and a tabled matter waits for the next meeting. A new project tells the coordinator to start a new case
/// (Kvalificering av idé).
/// </summary>
public sealed class ContractEndWorkflow : ICodeWorkflow
{
    /// <summary>The definition id.</summary>
    public const string Id = "BeslutVidAvtalsslut";

    /// <summary>The inputs contract monitoring starts it with.</summary>
    public static class Inputs
    {
        /// <summary>The contract's id.</summary>
        public const string ContractId = "contractId";

        /// <summary>The contract's name.</summary>
        public const string ContractName = "contractName";

        /// <summary>End, deadline and options, as text.</summary>
        public const string Summary = "summary";

        /// <summary>Who proposes: addresses or roles.</summary>
        public const string Deciders = "deciders";

        /// <summary>Whether an extension option is left.</summary>
        public const string CanExtend = "canExtend";

        /// <summary>The case (ärendenummer) the contract belongs to; empty: the committee's matter is the contract's own.</summary>
        public const string CaseNumber = "caseNumber";

        /// <summary>The committee meeting to decide at (its start); empty: the next meeting.</summary>
        public const string MeetingDate = "meetingDate";
    }

    /// <summary>The variables the proposal fills in for the committee.</summary>
    public static class Variables
    {
        /// <summary>The proposal's code: Extend, NewProject or LetExpire.</summary>
        public const string Proposal = "forslag";

        /// <summary>The proposal in Swedish words.</summary>
        public const string ProposalText = "forslagText";

        /// <summary>The proposer's comment.</summary>
        public const string Comment = "motivering";

        /// <summary>Who proposed.</summary>
        public const string ProposedBy = "foreslagetAv";
    }

    private const string CommitteeId = "committee";

    /// <inheritdoc />
    public string DefinitionId => Id;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var propose = new DecideContractEnd
        {
            Id = "propose",
            ContractId = new(Expression.Liquid($"{{{{ Input.{Inputs.ContractId} }}}}")),
            ContractName = new(Expression.Liquid($"{{{{ Input.{Inputs.ContractName} }}}}")),
            Summary = new(Expression.Liquid($"{{{{ Input.{Inputs.Summary} }}}}")),
            Deciders = new(Expression.JavaScript($"getInput('{Inputs.Deciders}') || 'roll:samordnare'")),
            CanExtend = new(Expression.JavaScript($"getInput('{Inputs.CanExtend}') !== false")),
            Proposal = Output<string?>.To(Variables.Proposal),
            ProposalText = Output<string?>.To(Variables.ProposalText),
            Comment = Output<string?>.To(Variables.Comment),
            ProposedBy = Output<string?>.To(Variables.ProposedBy),
        };
        var committee = new AwaitCommitteeDecision
        {
            Id = CommitteeId,
            Matter = new(Expression.Liquid($"Beslut vid avtalsslut: {{{{ Input.{Inputs.ContractName} }}}} – förslag: {{{{ Variables.{Variables.ProposalText} }}}}")),
            // The meeting monitoring chose, the first time; once the committee has dealt with the matter (tabled it, or a
            // new proposal after avslag or återremiss), the next meeting.
            MeetingDate = new(Expression.JavaScript(
                $"getOutputFrom('{CommitteeId}', 'DecidedAt') ? null : (getInput('{Inputs.MeetingDate}') || null)")),
            Summary = new(Expression.Liquid(
                $"Förslag till beslut: {{{{ Variables.{Variables.ProposalText} }}}}.\n"
                + $"{{% if Variables.{Variables.Comment} != nil and Variables.{Variables.Comment} != \"\" %}}Motivering: {{{{ Variables.{Variables.Comment} }}}}\n{{% endif %}}"
                + $"Förslaget lämnades av {{{{ Variables.{Variables.ProposedBy} }}}}.\n\n"
                + $"{{{{ Input.{Inputs.Summary} }}}}")),
            CaseNumber = new(Expression.Liquid($"{{{{ Input.{Inputs.CaseNumber} }}}}")),
            // The decision notice goes to those who prepared it: the contract's owner and the coordinator.
            NoticeTo = new(Expression.JavaScript($"getInput('{Inputs.Deciders}') || 'roll:samordnare'")),
        };
        var record = new RecordContractDecision
        {
            Id = "record",
            ContractId = new(Expression.Liquid($"{{{{ Input.{Inputs.ContractId} }}}}")),
            Decision = new(Expression.Variable(Variables.Proposal)),
            Reference = new(Expression.JavaScript($"getOutputFrom('{CommitteeId}', 'Paragraph')")),
            Comment = new(Expression.JavaScript($"getOutputFrom('{CommitteeId}', 'Comment')")),
            DecidedAt = new(Expression.JavaScript($"getOutputFrom('{CommitteeId}', 'DecidedAt')")),
        };
        var newCase = new SendEmail
        {
            Id = "newCase",
            To = new("roll:samordnare"),
            Subject = new(Expression.Liquid($"Starta ett nytt ärende: {{{{ Input.{Inputs.ContractName} }}}}")),
            Body = new(Expression.Liquid(
                $"Nämndens beslut vid avtalsslut för avtalet ”{{{{ Input.{Inputs.ContractName} }}}}” blev ett nytt projekt.\n\n"
                + "Starta ett nytt ärende i fasen Kvalificering av idé, så att behovet och de intresserade kommunerna kan tas fram "
                + "i god tid före avtalets slut.\n\n"
                + $"{{{{ Input.{Inputs.Summary} }}}}")),
        };
        var flow = new Flowchart { Id = "flowchart" }.Connect(new Start { Id = "start" }, propose);
        foreach (var proposal in new[] { DecideContractEnd.Extend, DecideContractEnd.NewProject, DecideContractEnd.LetExpire }) flow.Connect(propose, committee, proposal);
        flow.Connect(committee, record, AwaitCommitteeDecision.Approved)
            .Connect(committee, propose, AwaitCommitteeDecision.Rejected)
            .Connect(committee, propose, AwaitCommitteeDecision.ReturnedForRevision)
            .Connect(committee, committee, AwaitCommitteeDecision.Tabled)
            .Connect(record, newCase, DecideContractEnd.NewProject);
        return new WorkflowBuilder(Id, "Beslut vid avtalsslut")
            .WithDescription("Förslag och nämndens beslut om förlängning, nytt projekt eller att låta avtalet löpa ut, före uppsägnings- eller optionsdatum.")
            .WithInput<string>(Inputs.ContractId, "Avtals-id")
            .WithInput<string>(Inputs.ContractName, "Avtal")
            .WithInput<string>(Inputs.Summary, "Underlag")
            .WithInput<string>(Inputs.Deciders, "Föreslås av")
            .WithInput<bool>(Inputs.CanExtend, "Option kvar")
            .WithInput<string>(Inputs.CaseNumber, "Ärendenummer")
            .WithInput<DateTimeOffset>(Inputs.MeetingDate, "Sammanträde")
            .WithVariable(Variables.Proposal, "")
            .WithVariable(Variables.ProposalText, "")
            .WithVariable(Variables.Comment, "")
            .WithVariable(Variables.ProposedBy, "")
            .Build(flow);
    }
}
