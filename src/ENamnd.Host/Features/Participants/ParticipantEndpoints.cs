using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Participants;

/// <summary>The people who take part and their roles: list, look up by role, create, replace and delete.</summary>
public static class ParticipantEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/participants</c>.</summary>
    public static IEndpointRouteBuilder MapParticipantEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/participants", "Personer");
        api.MapGet("", ListAsync).WithSummary("Lista personer och deras roller").WithDescription("Filtrera med role, municipality eller caseNumber.");
        api.MapGet("/lookup", LookupAsync).WithSummary("Slå upp vem som har en roll").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}", GetAsync).WithSummary("Hämta en person").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateAsync).ReadsJson<ParticipantBody>().WithSummary("Lägg till en person med roller");
        api.MapPut("/{id}", ReplaceAsync).ReadsJson<ParticipantBody>().WithSummary("Ändra en person").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id}", DeleteAsync).WithSummary("Ta bort en person").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<List<ParticipantView>>, ValidationProblem>> ListAsync(string? role, string? municipality, string? caseNumber,
        int? page, int? pageSize, HttpResponse response, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        if (!TryParseFilter(role, municipality, municipalities, out var parsedRole, out var code, out var problem)) return problem!;
        var found = await directory.ListAsync(parsedRole, code, Blank(caseNumber), ct);
        return TypedResults.Ok(paging.Apply(found, response).Select(p => ParticipantView.From(p, municipalities)).ToList());
    }

    // Answers exactly as activities resolve roles: "roll:beredningsgrupp@Kalix", "roll:styrgrupp@ärendet".
    private static async Task<Results<Ok<ParticipantLookupView>, ValidationProblem, ProblemHttpResult>> LookupAsync(
        string? role, string? municipality, string? caseNumber,
        IParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(role)) return ApiProblems.Invalid("Ange en roll (role).");
        if (!TryParseFilter(role, municipality, municipalities, out var parsedRole, out var code, out var problem)) return problem!;
        var forCase = Blank(caseNumber);
        var holders = await directory.FindByRoleAsync(parsedRole!.Value, code, forCase, ct);
        if (holders.Count == 0)
        {
            var scope = string.Join(", ", new[] { code is null ? null : municipalities.Find(code)!.Name, forCase is null ? null : $"ärende {forCase}" }.OfType<string>());
            return ApiProblems.NotFound($"Ingen person har rollen {RoleNames.Swedish(parsedRole.Value)}{(scope.Length == 0 ? "" : $" ({scope})")}.");
        }
        return TypedResults.Ok(new ParticipantLookupView(RoleNames.Swedish(parsedRole.Value), code, forCase,
            [.. holders.Select(p => ParticipantView.From(p, municipalities))]));
    }

    private static async Task<Results<Ok<ParticipantView>, ProblemHttpResult>> GetAsync(
        string id, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken ct) =>
        await directory.FindByIdAsync(id, ct) is { } participant
            ? TypedResults.Ok(ParticipantView.From(participant, municipalities))
            : NotFound(id);

    private static async Task<Results<Created<ParticipantView>, ValidationProblem>> CreateAsync(
        HttpRequest request, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<ParticipantBody>(request, ct);
        if (problem is not null) return problem;
        var result = await ParticipantWrites.SaveAsync(body!, id: null, directory, municipalities, ct);
        return result.Saved is { } participant
            ? TypedResults.Created($"/api/participants/{participant.Id}", ParticipantView.From(participant, municipalities))
            : Invalid(result.Errors);
    }

    private static async Task<Results<Ok<ParticipantView>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, EfParticipantDirectory directory, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        if (await directory.FindByIdAsync(id, ct) is null) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<ParticipantBody>(request, ct);
        if (problem is not null) return problem;
        var result = await ParticipantWrites.SaveAsync(body!, id, directory, municipalities, ct);
        return result switch
        {
            { Saved: { } participant } => TypedResults.Ok(ParticipantView.From(participant, municipalities)),
            { Outcome: ParticipantWriteOutcome.NotFound } => NotFound(id),
            _ => Invalid(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, EfParticipantDirectory directory, CancellationToken ct)
    {
        if (await ParticipantRemoval.ObstacleAsync(id, directory, ct) is { } obstacle) return ApiProblems.Conflict(obstacle);
        return await directory.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);
    }

    private static bool TryParseFilter(string? role, string? municipality, MunicipalityRegistry municipalities,
        out Role? parsedRole, out string? municipalityCode, out ValidationProblem? problem)
    {
        parsedRole = null;
        municipalityCode = null;
        problem = null;
        if (!string.IsNullOrWhiteSpace(role) && (parsedRole = RoleNames.Parse(role)) is null)
            problem = ApiProblems.Invalid($"Okänd roll: '{role.Trim()}'.");
        else if (!string.IsNullOrWhiteSpace(municipality) && (municipalityCode = municipalities.Find(municipality)?.Code) is null)
            problem = ApiProblems.Invalid($"Okänd kommun: '{municipality.Trim()}'.");
        return problem is null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ValidationProblem Invalid(IReadOnlyList<string> errors) => ApiProblems.Invalid(errors);

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Deltagaren '{id}' finns inte.");
}
