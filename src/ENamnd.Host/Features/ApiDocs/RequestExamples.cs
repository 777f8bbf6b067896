using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Goals;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Allocations;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Participants;
using ENamnd.Host.Features.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Workflows.Cases;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// An example body of every request type the API reads, typed so it cannot drift from the type, with the values of
/// <c>requests/enamnd.http</c> where that file has the request. An untyped JSON body (a workflow definition, a bookmark's
/// input) has its example by route instead.
/// </summary>
public static class RequestExamples
{
    private const string CaseNumber = "2026/14-2.2.0.1";

    private static readonly ContractDraft Contract = new()
    {
        Name = "E-tjänsteplattform",
        Supplier = "Leverantör AB",
        Kind = "GemensamtAvtal",
        StartDate = "2024-01-01",
        EndDate = "2027-12-31",
        NoticePeriodMonths = 6,
        Options = [new ContractOptionDraft { ExtendMonths = 24, DecideBy = "2027-03-31" }],
        Owner = "roll:samordnare",
        Municipalities = ["Luleå", "Boden"],
        CaseNumber = CaseNumber,
    };

    /// <summary>The example of each request type.</summary>
    public static IReadOnlyDictionary<Type, object> ByType { get; } = new Dictionary<Type, object>
    {
        [typeof(CreateCaseRequest)] = new CreateCaseRequest
        {
            CaseNumber = CaseNumber,
            Title = "E-arkiv för gymnasieskolan",
            Description = "Gemensam e-arkivlösning för gymnasieskolornas elevakter.",
            InitiatingMunicipalities = ["Luleå", "Piteå"],
            Budgets = new Dictionary<string, decimal> { ["Forstudie"] = 150000 },
        },
        [typeof(CancelCaseRequest)] = new CancelCaseRequest("Kommunerna drog tillbaka initiativet."),
        [typeof(JoinCaseRequest)] = new JoinCaseRequest("Kalix", "KS 2026-05-04 § 58", null),
        [typeof(FurtherDevelopmentRequest)] = new FurtherDevelopmentRequest("Ny modul för digital signering av elevakter.", 120000),
        [typeof(ContractDraft)] = Contract,
        [typeof(PlanBody)] = new PlanBody(2027, "Verksamhetsplan 2027",
            [new GoalBody("m1", "Fler e-tjänster", "roll:samordnare", [new IndicatorBody("i1", "Antal e-tjänster", 12, "st", "Manual")])]),
        [typeof(ParticipantBody)] = new ParticipantBody("Anna Exempel", "anna.exempel@example.org", "Kalix",
            [new RoleAssignmentBody("beredningsgrupp", null), new RoleAssignmentBody("styrgrupp", CaseNumber)], null),
        [typeof(AllocationPreviewBody)] = new AllocationPreviewBody("Hybrid", 900000, ["Luleå", "Piteå", "Boden"], null, 0.5m, null, null, null, null),
        [typeof(MeetingRequest)] = new MeetingRequest("nämnd", "2027-03-17", "13:00", "15:00", "Teams"),
        [typeof(CancelRequest)] = new CancelRequest("För få anmälda."),
        [typeof(AttendanceRequest)] = new AttendanceRequest(
            [new AttendeeRequest("demo-ledamot-2580"), new AttendeeRequest(null, "Kiruna", "ledamot")]),
        [typeof(DecisionsRequest)] = new DecisionsRequest([new DecisionRequest("AGENDA-ITEM-ID", "Approved", "§ 12", "Enhälligt.")]),
        [typeof(AgendaItemRequest)] = new AgendaItemRequest("Beslut om förstudie", CaseNumber, "Beslut", 1),
        [typeof(AppealRequest)] = new AppealRequest("2027-04-01", "Kommuninvånare"),
        [typeof(AppointJusterareRequest)] = new AppointJusterareRequest(["demo-ledamot-2580"]),
        [typeof(JusteringRequest)] = new JusteringRequest("2027-03-25", ["demo-ledamot-2580"]),
        [typeof(AnslagRequest)] = new AnslagRequest("2027-03-26"),
        [typeof(CompleteTaskRequest)] = new CompleteTaskRequest("TOKEN-FROM-THE-LINK", "Join", null, "KS 2026-03-02 § 41"),
        [typeof(ReassignTaskRequest)] = new ReassignTaskRequest("ny.handlaggare@example.org", "Ny Handläggare"),
        [typeof(StartRequest)] = new StartRequest("Huvudprocess", CaseNumber, new JsonObject { ["text"] = "hej" }),
    };

    /// <summary>The examples of untyped JSON bodies, by method and route pattern.</summary>
    public static IReadOnlyDictionary<string, JsonNode> ByRoute { get; } = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
    {
        ["POST /api/definitions"] = JsonNode.Parse("""
            {"definitionId":"halsning","name":"Hälsning","root":{"type":"Elsa.Flowchart","id":"flow","activities":[
             {"type":"Elsa.WriteLine","id":"w1","text":{"typeName":"String","expression":{"type":"Literal","value":"Hej"}}}],"connections":[]}}
            """)!,
        ["POST /api/bookmarks/{id}/resume"] = new JsonObject { ["input"] = new JsonObject { ["svar"] = "ja" } },
    };
}
