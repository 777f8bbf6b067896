using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Descriptors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>
/// The toolbox: a descriptor for every registered activity (type, version), for every version of every workflow usable
/// as an activity, and for every (type, version) that definitions read since start named and the engine lacks
/// (placeholders, not in the toolbox). The editor reads its definition before the descriptors, so a placeholder in the
/// graph it opens is always described; a placed workflow is described unless its version was deleted or the workflow is
/// no longer usable as an activity.
/// </summary>
public static class ActivityDescriptorEndpoints
{
    /// <summary>Maps <c>/descriptors/activities</c>.</summary>
    public static RouteGroupBuilder MapActivityDescriptors(this RouteGroupBuilder api)
    {
        // The designer asks again after every save (?Refresh=True); the descriptors are generated once per class, and the
        // workflows usable as activities are read from the store each time, so a newly published version shows at once.
        api.MapGet("/descriptors/activities", async (ActivityDescriptorFactory factory, WorkflowActivityDescriptors workflows, CancellationToken cancellationToken) =>
        {
            var placed = await workflows.DescribeAllAsync(cancellationToken);
            // A type once read as a placeholder may since have become a workflow usable as an activity: its descriptor wins.
            var placedTypes = placed.Select(d => (d.TypeName, d.Version)).ToHashSet();
            return TypedResults.Ok(ListResponse<ActivityDescriptor>.Of([.. factory.DescribeAll(placedTypes), .. placed]));
        });
        api.MapPost("/descriptors/activities/{type}/options/{property}", Options);
        return api;
    }

    private static Ok<PropertyOptionsResponse> Options(string type, string property) => TypedResults.Ok(new PropertyOptionsResponse([]));
}
