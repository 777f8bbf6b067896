namespace ENamnd.Designer.Api.Instances;

/// <summary>Which journal lines to return; a missing criterion matches everything.</summary>
public sealed record JournalFilter(string[]? ActivityIds, string[]? ActivityNodeIds, string[]? ExcludedActivityTypes, string[]? EventNames);
