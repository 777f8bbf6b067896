namespace ENamnd.Host.App;

/// <summary>One page of a list the app shows in a table with a pager: the rows of page <see cref="Page"/> (1-based) and how many pages there are.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Rows, int Page, int Pages, int Total)
{
    /// <summary>Page <paramref name="page"/> of <paramref name="items"/>, <paramref name="size"/> rows a page; a page past the end gives the last one.</summary>
    public static PagedList<T> Of(IEnumerable<T> items, int page, int size)
    {
        var all = items as IReadOnlyList<T> ?? [.. items];
        var pages = Math.Max(1, (all.Count + size - 1) / size);
        var current = Math.Clamp(page, 1, pages);
        return new PagedList<T>([.. all.Skip((current - 1) * size).Take(size)], current, pages, all.Count);
    }
}
