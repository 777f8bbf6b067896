using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Instances;
using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Testing;

/// <summary><c>POST /tests/activities</c>: the designer's Test tab runs one activity on its own, storing and sending nothing.</summary>
public static class ActivityTestEndpoints
{
    private const string TestFailed = "Aktiviteten kunde inte testas";
    private const string Key = "activityHandle";

    /// <summary>Maps the activity test.</summary>
    public static RouteGroupBuilder MapActivityTests(this RouteGroupBuilder api)
    {
        api.MapPost("/tests/activities", TestAsync);
        return api;
    }

    private static async Task<Results<Ok<TestActivityResponse>, ProblemHttpResult, ValidationProblem>> TestAsync(
        [FromBody] TestActivityRequest? body, IWorkflowDefinitionStore store, ActivityTestRunner runner, CancellationToken ct)
    {
        var handle = body?.WorkflowDefinitionHandle;
        var activity = body?.ActivityHandle;
        if (string.IsNullOrWhiteSpace(handle?.DefinitionId) && string.IsNullOrWhiteSpace(handle?.DefinitionVersionId))
            return ApiProblems.Invalid(["workflowDefinitionHandle: ange definitionId eller definitionVersionId."], Key, TestFailed);
        if (string.IsNullOrWhiteSpace(activity?.ActivityId) && string.IsNullOrWhiteSpace(activity?.ActivityNodeId))
            return ApiProblems.Invalid(["activityHandle: ange activityId eller activityNodeId."], Key, TestFailed);
        WorkflowDefinition? definition;
        if (!string.IsNullOrWhiteSpace(handle.DefinitionVersionId)) definition = await store.FindByIdAsync(handle.DefinitionVersionId, ct);
        else if (VersionOptionsQuery.Parse(handle.VersionOptionsText, VersionOptions.Latest) is { } options) definition = await store.FindAsync(handle.DefinitionId!, options, ct);
        else return ApiProblems.Invalid([VersionOptionsQuery.Unreadable(handle.VersionOptionsText)], Key, TestFailed);
        if (definition is null) return ApiProblems.NotFound($"Arbetsflödet '{handle.DefinitionVersionId ?? handle.DefinitionId}' finns inte.");
        var result = await runner.RunAsync(definition, a => string.IsNullOrWhiteSpace(activity.ActivityNodeId) ? a.Id == activity.ActivityId : a.NodeId == activity.ActivityNodeId, ct);
        if (result is null) return ApiProblems.NotFound($"Aktiviteten '{activity.ActivityNodeId ?? activity.ActivityId}' finns inte i arbetsflödet.");
        return TypedResults.Ok(ResponseOf(result));
    }

    private static TestActivityResponse ResponseOf(ActivityTestResult result) => new(
        result.ActivityState,
        new JsonObject
        {
            ["outcomes"] = new JsonArray([.. result.Outcomes.Select(o => (JsonNode?)o)]),
            ["bookmarks"] = new JsonArray([.. result.Bookmarks.Select(b => (JsonNode?)b.Name.Value)]),
            ["journal"] = new JsonArray([.. result.Journal.Select(Line)]),
        },
        result.Outputs,
        result.Incident is { } incident ? WorkflowStateJson.Exception(incident.ExceptionType, incident.Message) : null,
        // Elsa spells the cancelled status with one l.
        result.Status == ActivityStatus.Cancelled ? "Canceled" : result.Status.ToString());

    private static JsonNode Line(JournalEntry e) => new JsonObject
    {
        ["activityId"] = e.ActivityId,
        ["activityType"] = e.ActivityType,
        ["eventName"] = JournalRecords.EventNameOf(e.EventType),
        ["message"] = e.Message,
        ["timestamp"] = e.Timestamp,
    };
}
