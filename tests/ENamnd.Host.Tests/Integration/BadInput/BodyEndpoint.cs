namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>
/// An endpoint that takes a JSON body, with a body it accepts: the bad-input suite mutates that body. The path may
/// name the ids <see cref="BadInputData"/> made (<c>{case}</c>, <c>{meeting}</c> …); <paramref name="Anonymous"/>
/// endpoints are called without the coordinator key, as their clients call them.
/// </summary>
public sealed record BodyEndpoint(string Method, string Path, string Example, bool Anonymous = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every endpoint of the application's and the designer's APIs that reads a JSON body.</summary>
    public static IReadOnlyList<BodyEndpoint> All { get; } =
    [
        new("POST", "/api/participants", """{"name":"Ada Exempel","email":"ada.exempel@example.org","municipality":"Luleå","roles":[{"role":"beredningsgrupp"}]}"""),
        new("PUT", "/api/participants/{participant}", """{"name":"Bo Exempel","email":"bo.exempel@example.org","municipality":"Boden","roles":[{"role":"ledamot"}]}"""),
        new("POST", "/api/cases", """{"title":"Digital brevlåda","caseNumber":"2031/77-2.2.0.1","initiatingMunicipalities":["Luleå","Boden"],"description":"Rad ett\nRad två","budgets":{"Forstudie":150000}}"""),
        new("POST", "/api/cases/{case}/cancel", """{"reason":"Kommunerna drog tillbaka initiativet."}"""),
        new("POST", "/api/cases/{case}/participants", """{"municipality":"Piteå","reference":"KS 2031-02-01 § 4"}"""),
        new("POST", "/api/cases/{case}/further-development", """{"proposal":"Ny modul för e-arkiv.","cost":120000}"""),
        new("POST", "/api/cases/{case}/contract", Contract),
        new("POST", "/api/contracts", Contract),
        new("PUT", "/api/contracts/{contract}", Contract),
        new("POST", "/api/plans", Plan),
        new("PUT", "/api/plans/{plan}", Plan),
        new("POST", "/api/meetings", Meeting),
        new("PUT", "/api/meetings/{meeting}", Meeting),
        new("POST", "/api/meetings/{meeting}/cancel", """{"reason":"För få anmälda."}"""),
        new("POST", "/api/meetings/{meeting}/attendance", """{"attendees":[{"participantId":"{participant}"},{"municipality":"Kiruna","role":"ledamot"}]}"""),
        new("POST", "/api/meetings/{meeting}/decisions", """{"decisions":[{"agendaItemId":"{item}","outcome":"Approved","paragraph":"§ 12","note":"Enhälligt.","immediate":false}]}"""),
        new("PUT", "/api/meetings/{meeting}/justerare", """{"justerare":["{participant}"]}"""),
        new("POST", "/api/meetings/{meeting}/justering", """{"justeradAt":"2031-03-25","justerare":["{participant}"]}"""),
        new("POST", "/api/meetings/{meeting}/anslag", """{"postedAt":"2031-03-26"}"""),
        new("POST", "/api/meetings/{meeting}/agenda", """{"title":"Information om e-arkivet","kind":"Information"}"""),
        new("PUT", "/api/meetings/{meeting}/agenda/{item}", """{"title":"Beslut om förstudie","caseNumber":"{caseNumber}","kind":"Beslut","position":1}"""),
        new("POST", "/api/meetings/{meeting}/agenda/{item}/appeal", """{"registeredAt":"2031-04-01","by":"Kommuninvånare"}"""),
        new("PUT", "/api/meetings/{meeting}/agenda/{item}/appeal", """{"outcome":"Avslaget","decidedAt":"2031-05-01"}"""),
        new("POST", "/api/allocations/preview", """{"model":"Hybrid","total":900000,"municipalities":["Luleå","Piteå","Boden"],"equalFraction":0.5}"""),
        new("POST", "/api/tasks/{task}/complete", """{"token":"ogiltig-token","outcome":"Approved","comment":"Bra.","reference":"KS § 3","fields":{"motivering":"Rad ett\nRad två"}}""", Anonymous: true),
        new("POST", "/api/tasks/{task}/reassign", """{"email":"ny.mottagare@example.org","name":"Ny Mottagare"}"""),
        new("POST", "/api/definitions", Definition),
        new("POST", "/api/instances", """{"definitionId":"{definition}","correlationId":"2031/5-2.2.0.1","input":{"text":"hej"}}"""),
        new("POST", "/api/bookmarks/finns-inte/resume", """{"input":{"svar":"ja"}}"""),
        new("POST", "/elsa/api/workflow-definitions", $$"""{"model":{{Definition}},"publish":false}"""),
        new("POST", "/elsa/api/workflow-definitions/import", Definition),
        new("POST", "/elsa/api/workflow-definitions/{definition}/execute", """{"correlationId":"2031/6-2.2.0.1","input":{"text":"hej"}}"""),
        new("POST", "/elsa/api/workflow-instances", """{"page":0,"pageSize":10,"searchTerm":"2031","orderBy":"Created"}"""),
        new("POST", "/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids", """{"definitionIds":["{definition}"]}"""),
    ];

    private const string Contract = """
        {"name":"E-tjänsteplattform","supplier":"Leverantör AB","kind":"GemensamtAvtal","startDate":"2030-01-01","endDate":"2033-12-31",
         "noticePeriodMonths":6,"options":[{"extendMonths":24,"decideBy":"2033-03-31"}],"owner":"roll:samordnare","municipalities":["Luleå","Boden"]}
        """;

    private const string Plan = """
        {"year":2031,"title":"Verksamhetsplan 2031","goals":[{"id":"m1","title":"Fler e-tjänster","owner":"roll:samordnare",
         "indicators":[{"id":"i1","name":"Antal e-tjänster","target":12,"unit":"st","source":"Manual"}]}]}
        """;

    private const string Meeting = """{"body":"Nämnd","date":"2031-03-18","start":"13:00","end":"15:00","location":"Teams","onlineLink":"https://example.org/mote"}""";

    private const string Definition = """
        {"definitionId":"{definition}","name":"Felinmatning","root":{"type":"Elsa.Flowchart","id":"flow","activities":[
         {"type":"Elsa.WriteLine","id":"w1","text":{"typeName":"String","expression":{"type":"Literal","value":"Hej"}}}],"connections":[]}}
        """;
}
