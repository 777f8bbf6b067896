using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Runtime;

/// <summary>The coordinator's runtime API: publish a definition, start, inspect, resume and cancel instances.</summary>
public static class WorkflowEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api", "Arbetsflöden");
        api.MapPost("/definitions", PublishAsync).WithSummary("Publicera en arbetsflödesdefinition").WithDescription("Definitionen i Elsa 3:s JSON-format.");
        api.MapPost("/instances", StartAsync).WithSummary("Starta ett arbetsflöde");
        api.MapGet("/instances/{id}", GetAsync).WithSummary("Hämta en arbetsflödesinstans").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/instances/{id}/cancel", CancelAsync).WithSummary("Avbryt en arbetsflödesinstans").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/bookmarks/{id}/resume", ResumeAsync).WithSummary("Återuppta ett bokmärke").ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<PublishedDefinition>, ValidationProblem>> PublishAsync(
        JsonObject body, WorkflowDefinitionSerializer serializer, WorkflowDefinitionPublisher publisher, CancellationToken ct)
    {
        try
        {
            var definition = await publisher.PublishAsync(serializer.Parse(body), ct);
            return TypedResults.Created(
                $"/api/definitions/{definition.DefinitionId}", new PublishedDefinition(definition.Id, definition.DefinitionId, definition.Version));
        }
        catch (WorkflowValidationException e)
        {
            return ApiProblems.Invalid("Arbetsflödet är inte giltigt.", e.Errors);
        }
    }

    private static async Task<Results<Created<InstanceView>, ValidationProblem>> StartAsync(
        StartRequest body, IWorkflowRuntime runtime, IWorkflowInstanceStore instances, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.DefinitionId)) return ApiProblems.Invalid("definitionId saknas.");
        try
        {
            var result = await runtime.StartAsync(new StartWorkflowRequest(body.DefinitionId) { CorrelationId = body.CorrelationId, Input = body.Input }, ct);
            return TypedResults.Created($"/api/instances/{result.Instance.Id}", await InstanceView.ReadAsync(result.Instance, instances, ct));
        }
        catch (WorkflowNotFoundException e)
        {
            return ApiProblems.Invalid(e.Message);
        }
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> GetAsync(
        string id, IWorkflowInstanceStore instances, CancellationToken ct) =>
        await instances.FindAsync(id, ct) is { } instance ? TypedResults.Ok(await InstanceView.ReadAsync(instance, instances, ct)) : InstanceNotFound(id);

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> CancelAsync(
        string id, IWorkflowRuntime runtime, IWorkflowInstanceStore instances, CancellationToken ct) =>
        await runtime.CancelAsync(id, ct) is { } instance ? TypedResults.Ok(await InstanceView.ReadAsync(instance, instances, ct)) : InstanceNotFound(id);

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> ResumeAsync(
        string id, JsonObject? body, IWorkflowRuntime runtime, IWorkflowInstanceStore instances, CancellationToken ct)
    {
        var result = await runtime.ResumeAsync(id, body?["input"] as JsonObject, ct);
        return result.Outcome == ResumeOutcome.Resumed
            ? TypedResults.Ok(await InstanceView.ReadAsync(result.Instance!, instances, ct))
            : ApiProblems.Conflict("Redan hanterad: bokmärket är redan återupptaget eller finns inte.");
    }

    private static ProblemHttpResult InstanceNotFound(string id) => ApiProblems.NotFound($"Instansen '{id}' finns inte.");
}
