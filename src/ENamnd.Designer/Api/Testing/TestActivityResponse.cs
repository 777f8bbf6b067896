using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Testing;

/// <summary>
/// What the tested activity did (Elsa's shape): its evaluated inputs, outputs, status and error. The payload holds what
/// Elsa's has no member for: the outcomes it completed through, the bookmarks it would wait on and the journal lines.
/// </summary>
public sealed record TestActivityResponse(JsonObject ActivityState, JsonObject? Payload, JsonObject? Outputs, JsonObject? Exception, string Status);
