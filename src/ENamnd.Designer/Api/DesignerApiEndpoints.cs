using ENamnd.Designer.Api.Alterations;
using ENamnd.Designer.Api.Definitions;
using ENamnd.Designer.Api.Descriptors;
using ENamnd.Designer.Api.Events;
using ENamnd.Designer.Api.Instances;
using ENamnd.Designer.Api.Testing;
using ENamnd.Http;

namespace ENamnd.Designer.Api;

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
        var api = app.MapGroup(BasePath).WithTags("Designer").WithRequestText();
        api.MapWorkflowDefinitionQueries()
            .MapWorkflowDefinitionCommands()
            .MapWorkflowDefinitionImports()
            .MapWorkflowDefinitionExports()
            .MapWorkflowDefinitionBulkActions()
            .MapWorkflowDefinitionReferences()
            .MapWorkflowDefinitionGraphs()
            .MapWorkflowExecution()
            .MapActivityDescriptors()
            .MapDescriptors()
            .MapFeatures()
            .MapScripting()
            .MapWorkflowInstances()
            .MapWorkflowInstanceCommands()
            .MapWorkflowInstanceTransfers()
            .MapActivityExecutions()
            .MapEvents()
            .MapAlterations()
            .MapActivityTests();
        return app;
    }
}
