using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Tokens;

/// <summary>The body of a POST to a resume link (Elsa's <c>{ "input": { … } }</c>): the input the workflow continues with.</summary>
public sealed record TokenResumeRequest(JsonObject? Input);
