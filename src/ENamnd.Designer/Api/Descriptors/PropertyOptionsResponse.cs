using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>Refreshed options of an activity input (<c>{items: {…}}</c>); our inputs have static options, so it is empty.</summary>
public sealed record PropertyOptionsResponse(JsonObject Items);
