using ENamnd.Designer.Api.Shared;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>
/// Installed server features: none. Without <c>Elsa.RealTimeWorkflowUpdates</c> the instance viewer polls
/// instead of opening a SignalR hub; without <c>Elsa.Resilience</c> it skips the retry endpoints.
/// </summary>
public static class FeatureEndpoints
{
    /// <summary>Maps <c>/features/installed</c>.</summary>
    public static RouteGroupBuilder MapFeatures(this RouteGroupBuilder api)
    {
        api.MapGet("/features/installed", () => TypedResults.Ok(ListResponse<FeatureDescriptor>.Of([])));
        api.MapGet("/features/installed/{fullName}", NotInstalled);
        return api;
    }

    private static ProblemHttpResult NotInstalled(string fullName) => ApiProblems.NotFound($"Funktionen '{fullName}' är inte installerad.");
}
