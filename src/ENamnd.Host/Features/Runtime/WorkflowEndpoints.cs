using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Host.Infrastructure.Http;

namespace ENamnd.Host.Features.Runtime;

/// <summary>The coordinator's runtime API: publish a definition, start, inspect, resume and cancel instances.</summary>
public static class WorkflowEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api", "Arbetsflöden");
        api.MapPost("/definitions", PublishAsync);
        api.MapPost("/instances", StartAsync);
        api.MapGet("/instances/{id}", GetAsync);
        api.MapPost("/instances/{id}/cancel", CancelAsync);
        api.MapPost("/bookmarks/{id}/resume", ResumeAsync);
        return app;
    }

    private static async Task<IResult> PublishAsync(JsonObject body, WorkflowDefinitionSerializer serializer, WorkflowDefinitionPublisher publisher, CancellationToken ct)
    {
        try
        {
            var definition = await publisher.PublishAsync(serializer.Parse(body), ct);
            return Results.Created($"/api/definitions/{definition.DefinitionId}", new { definition.Id, definition.DefinitionId, definition.Version });
        }
        catch (WorkflowValidationException e)
        {
            return Problems.Invalid("Arbetsflödet är inte giltigt.", e.Errors);
        }
    }

    private static async Task<IResult> StartAsync(StartRequest body, IWorkflowRuntime runtime, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.DefinitionId)) return Problems.Invalid("definitionId saknas.");
        try
        {
            var result = await runtime.StartAsync(new StartWorkflowRequest(body.DefinitionId) { CorrelationId = body.CorrelationId, Input = body.Input }, ct);
            return Results.Created($"/api/instances/{result.Instance.Id}", InstanceView.From(result.Instance));
        }
        catch (WorkflowNotFoundException e)
        {
            return Problems.Invalid(e.Message);
        }
    }

    private static async Task<IResult> GetAsync(string id, IWorkflowInstanceStore instances, CancellationToken ct) =>
        await instances.FindAsync(id, ct) is { } instance ? Results.Ok(InstanceView.From(instance)) : Problems.NotFound($"Instansen '{id}' finns inte.");

    private static async Task<IResult> CancelAsync(string id, IWorkflowRuntime runtime, CancellationToken ct) =>
        await runtime.CancelAsync(id, ct) is { } instance ? Results.Ok(InstanceView.From(instance)) : Problems.NotFound($"Instansen '{id}' finns inte.");

    private static async Task<IResult> ResumeAsync(string id, JsonObject? body, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var result = await runtime.ResumeAsync(id, body?["input"] as JsonObject, ct);
        return result.Outcome == ResumeOutcome.Resumed
            ? Results.Ok(InstanceView.From(result.Instance!))
            : Problems.Conflict("Redan hanterad: bokmärket är redan återupptaget eller finns inte.");
    }
}
