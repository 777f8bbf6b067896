namespace ENamnd.Designer.Api.Shared;

/// <summary>Elsa's <c>ListResponse</c>: <c>{items, count}</c>.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, long Count)
{
    /// <summary>A list response of all <paramref name="items"/>.</summary>
    public static ListResponse<T> Of(IReadOnlyList<T> items) => new(items, items.Count);
}
