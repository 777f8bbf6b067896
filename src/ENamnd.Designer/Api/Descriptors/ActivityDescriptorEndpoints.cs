using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Descriptors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>
/// The toolbox: a descriptor for every registered activity (type, version). A stored definition can only
/// hold registered activities (the serializer refuses others), so this covers every graph the store has.
/// </summary>
public static class ActivityDescriptorEndpoints
{
    /// <summary>Maps <c>/descriptors/activities</c>.</summary>
    public static RouteGroupBuilder MapActivityDescriptors(this RouteGroupBuilder api)
    {
        // The designer asks again after every save (?Refresh=True); the descriptors are generated once per class.
        api.MapGet("/descriptors/activities", (ActivityDescriptorFactory factory) =>
            TypedResults.Ok(ListResponse<ActivityDescriptor>.Of(factory.DescribeAll())));
        api.MapPost("/descriptors/activities/{type}/options/{property}", Options);
        return api;
    }

    private static Ok<PropertyOptionsResponse> Options(string type, string property) => TypedResults.Ok(new PropertyOptionsResponse([]));
}
