namespace ENamnd.Designer.Api.Instances;

/// <summary>How many running instances a bulk cancel stopped.</summary>
public sealed record BulkInstancesCancelledResponse(int Cancelled);
