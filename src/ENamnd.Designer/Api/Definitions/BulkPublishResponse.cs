namespace ENamnd.Designer.Api.Definitions;

/// <summary>The outcome of a bulk publish, per definition id; <see cref="Failed"/> lists the ones that did not validate.</summary>
public sealed record BulkPublishResponse(
    IReadOnlyList<string> Published,
    IReadOnlyList<string> AlreadyPublished,
    IReadOnlyList<string> NotFound,
    IReadOnlyList<string> UpdatedConsumers,
    IReadOnlyList<string> Failed);
