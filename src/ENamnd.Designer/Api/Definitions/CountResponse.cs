namespace ENamnd.Designer.Api.Definitions;

/// <summary>A number of definitions.</summary>
public sealed record CountResponse(long Count);
