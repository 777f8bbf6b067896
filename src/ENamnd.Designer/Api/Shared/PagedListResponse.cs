namespace ENamnd.Designer.Api.Shared;

/// <summary>Elsa's <c>PagedListResponse</c>: one page of items, the total without paging, and list-level links.</summary>
public sealed record PagedListResponse<T>(IReadOnlyList<T> Items, long TotalCount, IReadOnlyList<Link> Links);
