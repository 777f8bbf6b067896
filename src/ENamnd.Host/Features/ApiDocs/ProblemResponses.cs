using System.Globalization;
using System.Text.Json;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// Describes every response in Swedish and shows each problem (<c>application/problem+json</c>) with an example made by
/// the same code that answers it. Which problems an operation has is declared where it is mapped (400, 401 and 429 for
/// every API group by <c>MapApiGroup</c>, a 404 or 409 by the endpoint).
/// </summary>
internal sealed class ProblemResponses(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status200OK] = "Klart.",
        [StatusCodes.Status201Created] = "Skapat; huvudet Location anger adressen.",
        [StatusCodes.Status204NoContent] = "Klart, utan innehåll.",
        [StatusCodes.Status400BadRequest] = "Ogiltig begäran: errors anger vad som är fel per fält, och inget har sparats.",
        [StatusCodes.Status401Unauthorized] = "Inloggning krävs: samordnarnyckel eller inloggningskaka saknas eller är fel.",
        [StatusCodes.Status404NotFound] = "Hittades inte.",
        [StatusCodes.Status409Conflict] = "Konflikt med det som redan finns eller redan har hänt.",
        [StatusCodes.Status410Gone] = "Länken har gått ut.",
        [StatusCodes.Status429TooManyRequests] = "För många försök; huvudet Retry-After anger hur länge man ska vänta.",
    };

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status)) continue;
            if (response is not OpenApiResponse concrete) continue;
            if (Descriptions.TryGetValue(status, out var description)) concrete.Description = description;
            if (concrete.Content?.TryGetValue(ProblemJson, out var problem) == true && Example(status) is { } example)
                problem.Example = JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions);
        }
        return Task.CompletedTask;
    }

    // The problems as the host answers them.
    private static ProblemDetails? Example(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ApiProblems.Invalid(
            new Dictionary<string, string[]> { ["caseNumber"] = ["'2026-14' är inget ärendenummer (år/löpnummer-klassificering, t.ex. 2022/1-2.2.0.1)."] }).ProblemDetails,
        StatusCodes.Status401Unauthorized => Problem(status, "Inloggning krävs", CoordinatorResponses.MissingCredentials),
        StatusCodes.Status404NotFound => ApiProblems.NotFound("Ärendet '2026/99-2.2.0.1' finns inte.").ProblemDetails,
        StatusCodes.Status409Conflict => ApiProblems.Conflict("Det finns redan ett ärende med ärendenummer 2026/14-2.2.0.1.").ProblemDetails,
        StatusCodes.Status410Gone => Problem(status, "Länken har gått ut", TaskMessages.Expired),
        StatusCodes.Status429TooManyRequests => Problem(status, "För många försök", "För många försök. Vänta en stund och försök igen."),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
