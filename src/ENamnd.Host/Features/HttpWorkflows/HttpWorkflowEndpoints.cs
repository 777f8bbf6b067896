using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// The workflow endpoints under the base path (Elsa's <c>HttpWorkflowsMiddleware</c>): a request that matches starts or
/// resumes a workflow, and is answered with what its <see cref="WriteHttpResponse"/> wrote once the step is committed.
/// Callers must be signed-in coordinators (key or cookie) unless the matched endpoint allows anonymous calls; an anonymous
/// caller learns nothing of other addresses (401, not 404). Without a written answer the reply is Elsa's: 200 and no body,
/// or 500 when the workflow faulted.
/// </summary>
public static class HttpWorkflowEndpoints
{
    private const string PathValue = "path";

    /// <summary>Maps every method under the base path; authorization is decided per matched endpoint, not by the route.</summary>
    public static IEndpointRouteBuilder MapHttpWorkflows(this IEndpointRouteBuilder app)
    {
        var basePath = app.ServiceProvider.GetRequiredService<IOptions<HttpActivityOptions>>().Value.BasePath.TrimEnd('/');
        app.Map(basePath + "/{**" + PathValue + "}", HandleAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, HttpWorkflowRoutes routes, IWorkflowRuntime runtime, HttpExchangeAccessor accessor,
        HttpActivityOptions options, ILoggerFactory loggers, CancellationToken ct)
    {
        var request = http.Request;
        var path = HttpEndpointBookmarkPayload.NormalizePath(http.GetRouteValue(PathValue) as string);
        var instanceId = First(request.Query["workflowInstanceId"]) ?? First(request.Headers["X-Workflow-Instance-Id"]);
        var correlationId = First(request.Query["correlationId"]) ?? First(request.Headers["X-Correlation-ID"]);
        var matches = await routes.MatchAsync(request.Method, path, instanceId, correlationId, ct);
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (!signedIn && !(matches.Count > 0 && matches.All(m => m.Payload.AllowAnonymous)))
            return new UnauthorizedResult();
        if (matches.Count == 0) return ApiProblems.NotFound($"Inget arbetsflöde svarar på {request.Method} {path}.");
        if (matches.Count > 1)
            return ApiProblems.Conflict($"Flera arbetsflöden svarar på {request.Method} {path}: {string.Join(", ", matches.Select(m => m.Describe()))}.");
        var match = matches[0];
        var limit = Math.Min(options.MaxRequestBodyBytes, match.Payload.RequestSizeLimit is > 0 and var own ? own : long.MaxValue);
        var (data, problem) = await HttpWorkflowRequestReader.ReadAsync(http, path, match.RouteValues, limit, ct);
        if (problem is not null) return problem;
        var exchange = new HttpExchange(match.Bookmark?.InstanceId ?? IdGenerator.NewId(), data!);
        var logger = loggers.CreateLogger(typeof(HttpWorkflowEndpoints));
        WorkflowInstance? instance;
        accessor.Exchange = exchange;
        try
        {
            instance = await RunAsync(runtime, match, exchange.InstanceId, correlationId, ct);
        }
        catch (WorkflowNotFoundException)
        {
            // Retracted or deleted between the match and the start.
            return ApiProblems.NotFound($"Inget arbetsflöde svarar längre på {request.Method} {path}.");
        }
        finally
        {
            accessor.Exchange = null;
        }
        if (instance is null) return ApiProblems.Conflict($"Begäran är redan besvarad: {match.Describe()} väntar inte längre på {request.Method} {path}.");
        logger.LogInformation("HTTP {Method} {Template} ran {InstanceId} of {DefinitionId}: {SubStatus}",
            request.Method, match.Payload.Path, instance.Id, instance.DefinitionId, instance.SubStatus);
        if (exchange.Response is { } response) return new HttpWorkflowResult(response);
        return instance.SubStatus == WorkflowSubStatus.Faulted
            ? TypedResults.Problem(
                detail: $"Arbetsflödet stoppades med ett fel innan det svarade. Samordnaren ser felet i instansen {instance.Id}.",
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Arbetsflödet stoppades")
            : TypedResults.Ok();
    }

    // Null when the waiting endpoint was resumed by another request in between (the bookmark is already consumed).
    private static async Task<WorkflowInstance?> RunAsync(IWorkflowRuntime runtime, HttpRouteMatch match, string instanceId, string? correlationId, CancellationToken ct)
    {
        if (match.Bookmark is { } bookmark) return (await runtime.ResumeAsync(bookmark.Id, null, ct)).Instance;
        var start = new StartWorkflowRequest(match.DefinitionId!)
        {
            VersionOptions = Engine.Model.VersionOptions.SpecificVersion(match.Version),
            InstanceId = instanceId,
            CorrelationId = correlationId,
            TriggerActivityId = match.TriggerActivityId,
        };
        return (await runtime.StartAsync(start, ct)).Instance;
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) => values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    // The house's 401 for API callers: ProblemDetails in Swedish with WWW-Authenticate.
    private sealed class UnauthorizedResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => CoordinatorResponses.UnauthorizedAsync(httpContext, CoordinatorResponses.MissingCredentials);
    }
}
