using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Descriptors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>
/// The toolbox: a descriptor for every registered activity (type, version) and for every version of every workflow usable
/// as an activity. A stored definition holds only registered activities and placed workflows (the serializer refuses
/// others), so this covers every graph the store has, except a placed workflow whose version was deleted or that is no
/// longer usable as an activity.
/// </summary>
public static class ActivityDescriptorEndpoints
{
    /// <summary>Maps <c>/descriptors/activities</c>.</summary>
    public static RouteGroupBuilder MapActivityDescriptors(this RouteGroupBuilder api)
    {
        // The designer asks again after every save (?Refresh=True); the descriptors are generated once per class, and the
        // workflows usable as activities are read from the store each time, so a newly published version shows at once.
        api.MapGet("/descriptors/activities", async (ActivityDescriptorFactory factory, WorkflowActivityDescriptors workflows, CancellationToken cancellationToken) =>
            TypedResults.Ok(ListResponse<ActivityDescriptor>.Of([.. factory.DescribeAll(), .. await workflows.DescribeAllAsync(cancellationToken)])));
        api.MapPost("/descriptors/activities/{type}/options/{property}", Options);
        return api;
    }

    private static Ok<PropertyOptionsResponse> Options(string type, string property) => TypedResults.Ok(new PropertyOptionsResponse([]));
}
