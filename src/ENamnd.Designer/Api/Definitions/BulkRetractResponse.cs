namespace ENamnd.Designer.Api.Definitions;

/// <summary>The outcome of a bulk retract, per definition id.</summary>
public sealed record BulkRetractResponse(IReadOnlyList<string> Retracted, IReadOnlyList<string> AlreadyRetracted, IReadOnlyList<string> NotFound);
