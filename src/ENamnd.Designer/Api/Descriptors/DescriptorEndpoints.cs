using ENamnd.Designer.Api.Shared;
using ENamnd.Engine.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>
/// The other descriptor lists the editor loads; a non-2xx answer to any of them breaks the designer. Strategies
/// the engine does not have are empty lists.
/// </summary>
public static class DescriptorEndpoints
{
    /// <summary>Maps the endpoints under <c>/descriptors</c> (except activities).</summary>
    public static RouteGroupBuilder MapDescriptors(this RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/expression-descriptors", (IEnumerable<IExpressionEvaluator> evaluators) =>
            TypedResults.Ok(ListResponse<ExpressionDescriptor>.Of(DesignerCatalog.ExpressionsFor(evaluators))));
        api.MapGet("/descriptors/workflow-activation-strategies", Empty<StrategyDescriptor>);
        api.MapGet("/descriptors/incident-strategies", Empty<StrategyDescriptor>);
        api.MapGet("/descriptors/log-persistence-strategies", () => TypedResults.Ok(ListResponse<StrategyDescriptor>.Of(DesignerCatalog.LogPersistenceStrategies)));
        api.MapGet("/descriptors/commit-strategies/workflows", Empty<CommitStrategyDescriptor>);
        api.MapGet("/descriptors/commit-strategies/activities", Empty<CommitStrategyDescriptor>);
        api.MapGet("/descriptors/storage-drivers", () => TypedResults.Ok(new ItemsResponse<StorageDriverDescriptor>(DesignerCatalog.StorageDrivers)));
        api.MapGet("/descriptors/variables", () => TypedResults.Ok(new ItemsResponse<VariableTypeDescriptor>(DesignerCatalog.VariableTypes)));
        api.MapGet("/descriptors/output-converters", () => TypedResults.Ok(new ItemsResponse<string>([])));
        return api;
    }

    private static Ok<ListResponse<T>> Empty<T>() => TypedResults.Ok(ListResponse<T>.Of([]));
}
