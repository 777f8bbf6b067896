using System.Text.Json;
using ENamnd.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>
/// Describes each operation's JSON request body: the type an endpoint reads by hand (<see cref="JsonBodyMetadata"/>) or
/// binds itself, with the example of <see cref="RequestExamples"/> written as the host reads JSON.
/// </summary>
internal sealed class RequestBodies(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var type = description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (description.ActionDescriptor.EndpointMetadata.OfType<JsonBodyMetadata>().FirstOrDefault() is { } read)
        {
            type = read.Type;
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Json] = new() { Schema = await SchemaAsync(type, context, cancellationToken) } },
            };
        }
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue(Json, out var media)) return;
        if (type is not null && RequestExamples.ByType.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var example))
            media.Example = JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions);
        else if (RequestExamples.ByRoute.TryGetValue($"{description.HttpMethod} /{description.RelativePath}", out var node))
            media.Example = node.DeepClone();
    }

    // A body's schema among the document's components, as the schemas of bodies that are bound are.
    private static async Task<IOpenApiSchema> SchemaAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        if (context.Document is not { } document) return schema;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true) document.AddComponent(type.Name, schema);
        return new OpenApiSchemaReference(type.Name, document);
    }
}
