using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>Parts of a version's graph, for the designer to drill into containers (Elsa's subgraph and path segments).</summary>
public static class WorkflowDefinitionGraphEndpoints
{
    // The containers a path passes without a segment: the designer shows their children on its own canvas.
    private static readonly string[] Canvases = ["Elsa.Flowchart", "Elsa.Workflow"];

    /// <summary>Maps <c>GET /workflow-definitions/subgraph/{id}</c> and <c>GET /workflow-definitions/subgraph/segments/{id}</c>.</summary>
    public static RouteGroupBuilder MapWorkflowDefinitionGraphs(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/subgraph/{id}", SubgraphAsync);
        api.MapGet("/workflow-definitions/subgraph/segments/{id}", SegmentsAsync);
        return api;
    }

    // The node parentNodeId names (the root when it names none), with what it holds; a workflow node also with the workflow it runs.
    private static async Task<Results<Ok<ActivityNodeResponse>, ProblemHttpResult>> SubgraphAsync(
        string id, string? parentNodeId, IWorkflowDefinitionStore store, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (await store.FindByIdAsync(id, ct) is not { } definition) return NotFound(id);
        var root = GraphOf(serializer, definition);
        var node = root.Find(parentNodeId) ?? root;
        var activity = (JsonObject)node.Activity.DeepClone();
        var workflowNode = Below(definition.Root).OfType<WorkflowDefinitionActivity>().FirstOrDefault(a => a.NodeId == node.NodeId);
        if (workflowNode is not null && await workflowNode.ResolveAsync(store) is { } used)
        {
            activity["root"] = new JsonObject
            {
                ["type"] = "Elsa.Workflow",
                ["version"] = 1,
                ["id"] = used.Id,
                ["nodeId"] = node.NodeId,
                ["name"] = used.Name,
                ["root"] = DefinitionJson.Of(serializer, used)["root"]?.DeepClone(),
            };
        }
        return TypedResults.Ok(ActivityNodeResponse.Of(node, activity));
    }

    private static async Task<Results<Ok<PathSegmentsResponse>, ProblemHttpResult, ValidationProblem>> SegmentsAsync(
        string id, string? childNodeId, IWorkflowDefinitionStore store, WorkflowDefinitionSerializer serializer, CancellationToken ct)
    {
        if (await store.FindByIdAsync(id, ct) is not { } definition) return NotFound(id);
        if (GraphOf(serializer, definition).Find(childNodeId) is not { } child)
            return ApiProblems.Invalid([$"childNodeId: noden '{childNodeId}' finns inte i versionen."], DesignerErrors.Key);
        var ancestors = child.Ancestors.ToList();
        var segments = new List<ActivityPathSegment>();
        var previous = child;
        foreach (var ancestor in ancestors)
        {
            if (!Canvases.Contains(ancestor.Type))
                segments.Insert(0, new ActivityPathSegment(ancestor.NodeId, ancestor.Id, ancestor.Type, previous.Port, (string?)ancestor.Activity["name"] ?? ancestor.Type));
            previous = ancestor;
        }
        var container = segments.Count == 0 ? ancestors.LastOrDefault() ?? child : ancestors.First(a => a.Id == segments[^1].ActivityId);
        return TypedResults.Ok(new PathSegmentsResponse(ActivityNodeResponse.Of(child), ActivityNodeResponse.Of(container), segments));
    }

    private static ActivityGraph GraphOf(WorkflowDefinitionSerializer serializer, WorkflowDefinition definition) =>
        ActivityGraph.Of((JsonObject)DefinitionJson.Of(serializer, definition)["root"]!);

    private static IEnumerable<Activity> Below(Activity activity) => activity.Children.SelectMany(Below).Prepend(activity);

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Arbetsflödesversionen '{id}' finns inte.");
}
