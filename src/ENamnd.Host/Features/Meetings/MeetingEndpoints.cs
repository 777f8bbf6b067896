using System.Security.Claims;
using ENamnd.Activities.Documents;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Meetings;

/// <summary>The meetings API (<c>/api/meetings</c>): list, read with agenda, members and attendance, create, change, cancel, attendance, the agenda's own items and decisions.</summary>
public static class MeetingEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/meetings</c> (coordinator only).</summary>
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/meetings", "Sammanträden");
        api.MapGet("", ListAsync).WithSummary("Lista sammanträden");
        api.MapGet("/{id}", GetAsync).WithSummary("Hämta ett sammanträde").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateAsync).ReadsJson<MeetingRequest>().WithSummary("Planera ett sammanträde");
        api.MapPut("/{id}", UpdateAsync).ReadsJson<MeetingRequest>().WithSummary("Ändra tid eller plats").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/cancel", CancelAsync).ReadsJson<CancelRequest>().WithSummary("Ställ in ett sammanträde").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/attendance", AttendanceAsync).ReadsJson<AttendanceRequest>().WithSummary("Registrera närvaro").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/decisions", DecisionsAsync).ReadsJson<DecisionsRequest>().WithSummary("Registrera beslut").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id}/protokoll", MinutesAsync).WithSummary("Hämta protokollet").Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id}/protokoll/document", MinutesDocumentAsync).WithSummary("Hämta protokollet som Word-dokument").Produces(StatusCodes.Status200OK, contentType: WordDocument.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}/justerare", AppointJusterareAsync).ReadsJson<AppointJusterareRequest>().WithSummary("Utse justerare").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/justering", JusteringAsync).ReadsJson<JusteringRequest>().WithSummary("Registrera justeringen").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/anslag", AnslagAsync).ReadsJson<AnslagRequest>().WithSummary("Registrera anslaget").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/agenda/{itemId}/appeal", RegisterAppealAsync).ReadsJson<AppealRequest>().WithSummary("Registrera en överklagan").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}/agenda/{itemId}/appeal", DecideAppealAsync).ReadsJson<AppealRequest>().WithSummary("Registrera domstolens utslag").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/agenda", AddAgendaItemAsync).ReadsJson<AgendaItemRequest>().WithSummary("Lägg till en punkt på dagordningen").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}/agenda/{itemId}", UpdateAgendaItemAsync).ReadsJson<AgendaItemRequest>().WithSummary("Ändra en punkt på dagordningen").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{id}/agenda/{itemId}", RemoveAgendaItemAsync).WithSummary("Ta bort en punkt från dagordningen").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<List<MeetingView>>, ValidationProblem>> ListAsync(
        string? body, string? from, string? to, int? page, int? pageSize, HttpResponse response, MeetingCalendar calendar, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        var errors = new List<string>();
        var parsedBody = MeetingBodies.Parse(body);
        if (body is not null && parsedBody is null) errors.Add("body måste vara \"Nämnd\" eller \"Beredningsgrupp\".");
        DateOnly? fromDate = null, toDate = null;
        if (from is not null) { if (MeetingTimes.TryParseDate(from, out var f)) fromDate = f; else errors.Add("from måste vara ett datum (ÅÅÅÅ-MM-DD)."); }
        if (to is not null) { if (MeetingTimes.TryParseDate(to, out var t)) toDate = t; else errors.Add("to måste vara ett datum (ÅÅÅÅ-MM-DD)."); }
        if (errors.Count > 0) return ApiProblems.Invalid("Filtret är ogiltigt.", errors);
        var meetings = await calendar.ListAsync(parsedBody, fromDate, toDate, ct);
        return TypedResults.Ok(paging.Apply(meetings, response).Select(MeetingView.From).ToList());
    }

    private static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> GetAsync(string id, MeetingViews views, CancellationToken ct) =>
        await views.DetailsAsync(id, ct) is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task<Results<Created<MeetingView>, ValidationProblem>> CreateAsync(
        HttpRequest request, MeetingWriter writer, MeetingNotices notices, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<MeetingRequest>(request, ct);
        if (problem is not null) return problem;
        var (draft, errors) = MeetingDraftParser.Parse(body!);
        if (draft is null) return ApiProblems.Invalid("Sammanträdet är ogiltigt.", errors);
        var meeting = await writer.CreateAsync(draft, ct);
        // A meeting set up less than the notice period ahead gets its notice now rather than at the next run.
        await notices.SendDueAsync(meeting, ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", MeetingView.From(meeting));
    }

    private static async Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, HttpRequest request, MeetingWriter writer, MeetingNotices notices, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<MeetingRequest>(request, ct);
        if (problem is not null) return problem;
        var (draft, errors) = MeetingDraftParser.Parse(body!);
        if (draft is null) return ApiProblems.Invalid("Sammanträdet är ogiltigt.", errors);
        var (result, meeting) = await writer.UpdateAsync(id, draft, ct);
        if (result == MeetingWriteResult.NotFound) return NotFound(id);
        if (result == MeetingWriteResult.Cancelled) return ApiProblems.Conflict("Sammanträdet är inställt och kan inte ändras.");
        // Those already called get the new time or place (a higher SEQUENCE) now.
        if (result == MeetingWriteResult.Saved) await notices.SendDueAsync(meeting!, ct);
        return TypedResults.Ok(MeetingView.From(meeting!));
    }

    private static async Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        string id, HttpRequest request, MeetingWriter writer, MeetingNotices notices, CancellationToken ct)
    {
        string? reason = null;
        if (request.ContentLength is > 0 || request.HasJsonContentType())
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<CancelRequest>(request, ct);
            if (problem is not null) return problem;
            reason = body!.Reason;
            if (reason?.Length > MeetingDraftParser.MaxLength) return ApiProblems.Invalid($"reason får vara högst {MeetingDraftParser.MaxLength} tecken.");
        }
        var (result, meeting) = await writer.CancelAsync(id, reason, ct);
        if (result == MeetingWriteResult.NotFound) return NotFound(id);
        if (result == MeetingWriteResult.Cancelled) return ApiProblems.Conflict("Sammanträdet är redan inställt.");
        await notices.SendDueAsync(meeting!, ct);
        return TypedResults.Ok(MeetingView.From(meeting!));
    }

    private static async Task<Results<Ok<IReadOnlyList<MeetingAttendeeView>>, ValidationProblem, ProblemHttpResult>> AttendanceAsync(
        string id, HttpRequest request, MeetingCalendar calendar, MeetingAttendance attendance, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        if (meeting.Status == MeetingStatus.Cancelled) return ApiProblems.Conflict("Sammanträdet är inställt.");
        var (body, problem) = await JsonRequestBody.ReadAsync<AttendanceRequest>(request, ct);
        if (problem is not null) return problem;
        if (body!.Attendees is null) return ApiProblems.Invalid("Ange närvarande (attendees).");
        var (attendees, errors) = await attendance.ResolveAsync(meeting.Body, body.Attendees, ct);
        if (errors.Count > 0) return ApiProblems.Invalid("Närvaron är ogiltig.", errors);
        await attendance.SaveAsync(id, attendees, ct);
        return TypedResults.Ok(attendees);
    }

    private static async Task<Results<Ok<IReadOnlyList<AgendaEntry>>, ValidationProblem, ProblemHttpResult>> DecisionsAsync(
        string id, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingDecisions decisions, MeetingAgenda agenda, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<DecisionsRequest>(request, ct);
        if (problem is not null) return problem;
        var (outcome, errors) = await decisions.RecordAsync(meeting, body!.Decisions ?? [], MeetingRecorder.Of(user), ct);
        return outcome switch
        {
            MeetingDecisionOutcome.Invalid => ApiProblems.Invalid("Besluten är ogiltiga.", errors),
            MeetingDecisionOutcome.AlreadyDecided => ApiProblems.Conflict(string.Join(" ", errors)),
            _ => TypedResults.Ok(await agenda.ForAsync(meeting, ct)),
        };
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> MinutesAsync(
        string id, MeetingCalendar calendar, MeetingMinutes minutes, TimeProvider clock, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.ReadMinutes) is { } refused) return ApiProblems.Conflict(refused);
        return TypedResults.Content(await minutes.RenderAsync(meeting, ct), "text/html; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MinutesDocumentAsync(
        string id, MeetingCalendar calendar, MeetingMinutes minutes, TimeProvider clock, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        if (CommitteeMeetingRules.Refusal(meeting, clock.GetUtcNow(), CommitteeMeetingRules.Step.ReadMinutes) is { } refused) return ApiProblems.Conflict(refused);
        return TypedResults.File(await minutes.DocumentAsync(meeting, ct), WordDocument.ContentType, MeetingMinutes.DocumentName(meeting));
    }

    private static Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> AppointJusterareAsync(
        string id, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingJustering justering, MeetingViews views, CancellationToken ct) =>
        RecordAsync<AppointJusterareRequest>(id, request, calendar, views, "Justerarna är ogiltiga.", (meeting, body) => justering.AppointAsync(meeting, body, MeetingRecorder.Of(user), ct), ct);

    private static Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> JusteringAsync(
        string id, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingJustering justering, MeetingViews views, CancellationToken ct) =>
        RecordAsync<JusteringRequest>(id, request, calendar, views, "Justeringen är ogiltig.", (meeting, body) => justering.JusteraAsync(meeting, body, MeetingRecorder.Of(user), ct), ct);

    private static Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> AnslagAsync(
        string id, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingJustering justering, MeetingViews views, CancellationToken ct) =>
        RecordAsync<AnslagRequest>(id, request, calendar, views, "Anslaget är ogiltigt.", (meeting, body) => justering.PostAnslagAsync(meeting, body, MeetingRecorder.Of(user), ct), ct);

    // One write to a meeting's record: the meeting, the JSON body, the write, then the meeting as it stands or a Swedish problem.
    private static async Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> RecordAsync<TBody>(
        string id, HttpRequest request, MeetingCalendar calendar, MeetingViews views, string invalid,
        Func<Meeting, TBody, Task<(MeetingDecisionOutcome Outcome, IReadOnlyList<string> Errors)>> write, CancellationToken ct) where TBody : class
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<TBody>(request, ct);
        if (problem is not null) return problem;
        var (outcome, errors) = await write(meeting, body!);
        return await RecordedAsync(id, outcome, errors, invalid, views, ct);
    }

    // The meeting as it now stands when the write was recorded, a Swedish problem otherwise.
    private static async Task<Results<Ok<MeetingView>, ValidationProblem, ProblemHttpResult>> RecordedAsync(
        string id, MeetingDecisionOutcome outcome, IReadOnlyList<string> errors, string invalid, MeetingViews views, CancellationToken ct) =>
        outcome switch
        {
            MeetingDecisionOutcome.Invalid => ApiProblems.Invalid(errors.Count == 1 ? errors[0] : invalid, errors),
            MeetingDecisionOutcome.AlreadyDecided => ApiProblems.Conflict(string.Join(" ", errors)),
            _ => await views.DetailsAsync(id, ct) is { } view ? TypedResults.Ok(view) : NotFound(id),
        };

    private static async Task<Results<Created<AgendaEntry>, ValidationProblem, ProblemHttpResult>> AddAgendaItemAsync(
        string id, HttpRequest request, MeetingCalendar calendar, MeetingAgendaItems items, MeetingNotices notices, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<AgendaItemRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await items.AddAsync(meeting, body!, ct);
        // A matter added after the notice went out reaches the members now, in a tilläggskallelse.
        if (result.Status == CommandStatus.Done) await notices.SendDueAsync(meeting, ct);
        return result.ToResult(entry => TypedResults.Created($"/api/meetings/{id}/agenda/{entry.Id}", entry), InvalidItem);
    }

    private static async Task<Results<Ok<AgendaEntry>, ValidationProblem, ProblemHttpResult>> UpdateAgendaItemAsync(
        string id, string itemId, HttpRequest request, MeetingCalendar calendar, MeetingAgendaItems items, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<AgendaItemRequest>(request, ct);
        if (problem is not null) return problem;
        return (await items.UpdateAsync(meeting, itemId, body!, ct)).ToResult(TypedResults.Ok, InvalidItem);
    }

    private static async Task<Results<Ok<AgendaEntry>, ValidationProblem, ProblemHttpResult>> RemoveAgendaItemAsync(
        string id, string itemId, MeetingCalendar calendar, MeetingAgendaItems items, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        return (await items.RemoveAsync(meeting, itemId, ct)).ToResult(TypedResults.Ok, InvalidItem);
    }

    private static async Task<Results<Ok<AgendaEntry>, ValidationProblem, ProblemHttpResult>> RegisterAppealAsync(
        string id, string itemId, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingAppeals appeals, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<AppealRequest>(request, ct);
        if (problem is not null) return problem;
        return (await appeals.RegisterAsync(meeting, itemId, body!, MeetingRecorder.Of(user), ct)).ToResult(TypedResults.Ok, InvalidItem);
    }

    private static async Task<Results<Ok<AgendaEntry>, ValidationProblem, ProblemHttpResult>> DecideAppealAsync(
        string id, string itemId, HttpRequest request, ClaimsPrincipal user, MeetingCalendar calendar, MeetingAppeals appeals, CancellationToken ct)
    {
        if (await calendar.FindAsync(id, ct) is not { } meeting) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<AppealRequest>(request, ct);
        if (problem is not null) return problem;
        return (await appeals.DecideAsync(meeting, itemId, body!, MeetingRecorder.Of(user), ct)).ToResult(TypedResults.Ok, InvalidItem);
    }

    private const string InvalidItem = "Punkten är ogiltig.";

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Sammanträdet '{id}' finns inte.");
}
