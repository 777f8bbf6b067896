using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>Editor support for scripts: TypeScript declarations for the JavaScript editor.</summary>
public static class ScriptingEndpoints
{
    /// <summary>Maps <c>POST /scripting/javascript/type-definitions/{definitionId}</c>.</summary>
    public static RouteGroupBuilder MapScripting(this RouteGroupBuilder api)
    {
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", TypeDefinitionsAsync);
        return api;
    }

    private static async Task<ContentHttpResult> TypeDefinitionsAsync(string definitionId, IWorkflowDefinitionStore store, CancellationToken ct)
    {
        WorkflowDefinition? definition;
        try
        {
            definition = await store.FindAsync(definitionId, VersionOptions.Latest, ct);
        }
        catch (WorkflowValidationException)
        {
            definition = null;
        }
        return TypedResults.Text(ScriptTypeDefinitions.For(definition), "application/x-typescript");
    }
}
