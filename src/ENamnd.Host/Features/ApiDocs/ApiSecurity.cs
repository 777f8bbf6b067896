using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// Marks every operation the coordinator must sign in for with the key or the cookie; an anonymous one (a task's answer)
/// with neither, and without the 401 its group declares.
/// </summary>
internal sealed class ApiSecurity : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Responses?.Remove(StatusCodes.Status401Unauthorized.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        }
        // Either scheme suffices: two requirements, each of one scheme.
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentInfo.ApiKeyScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentInfo.CookieScheme, context.Document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
