namespace ENamnd.Designer.Api.Shared;

/// <summary>A list without a count (<c>{items}</c>), as the storage-driver, variable and output-converter descriptors answer.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);
