using ENamnd.Host.Designer.Api.Definitions;
using ENamnd.Host.Designer.Api.Descriptors;
using ENamnd.Host.Designer.Api.Instances;
using ENamnd.Host.Security;

namespace ENamnd.Host.Designer.Api;

/// <summary>
/// The Elsa 3 server API the Elsa Studio designer calls, under <c>/elsa/api</c>, for coordinators only
/// (API key header or login cookie). Contract: docs/elsa-studio-contract.md.
/// </summary>
public static class DesignerApiEndpoints
{
    /// <summary>The path the designer's <c>remote-endpoint</c> points at.</summary>
    public const string BasePath = "/elsa/api";

    /// <summary>Maps every designer endpoint.</summary>
    public static IEndpointRouteBuilder MapDesignerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Designer").RequireCoordinator();
        api.MapWorkflowDefinitionQueries()
            .MapWorkflowDefinitionCommands()
            .MapWorkflowDefinitionImports()
            .MapWorkflowDefinitionBulkActions()
            .MapWorkflowExecution()
            .MapActivityDescriptors()
            .MapDescriptors()
            .MapFeatures()
            .MapScripting()
            .MapWorkflowInstances()
            .MapActivityExecutions();
        return app;
    }
}
