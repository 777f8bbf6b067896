using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>What the OpenAPI document holds: the <c>/api</c> endpoints only (not the designer's <c>/elsa/api</c>, not pages), in OpenAPI 3.1, described in Swedish.</summary>
public static class ApiDocument
{
    /// <summary>The document's name, the <c>{documentName}</c> of <see cref="Route"/>.</summary>
    public const string Name = "v1";

    /// <summary>Where the document is served.</summary>
    public const string Route = "/openapi/{documentName}.json";

    /// <summary>The document's address.</summary>
    public const string Path = "/openapi/" + Name + ".json";

    /// <summary>The API's title, shown on the reference page.</summary>
    public const string Title = "ENamnd – API för Norrbottens e-nämnd";

    /// <summary>The prefix of the described endpoints.</summary>
    public const string ApiPrefix = "api/";

    /// <summary>Sets the version, the endpoints included and the transformers that describe them.</summary>
    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiPrefix, StringComparison.Ordinal) == true;
        options.AddDocumentTransformer<ApiDocumentInfo>();
        options.AddOperationTransformer<ApiSecurity>();
        options.AddOperationTransformer<ProblemResponses>();
        options.AddOperationTransformer<RequestBodies>();
    }
}
