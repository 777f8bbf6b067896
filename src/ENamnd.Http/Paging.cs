using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Http;

/// <summary>
/// The page of a list a client asks for with <c>page</c> and <c>pageSize</c>: every list is paged, with a default and a
/// maximum size, and a page or size out of range is a 400 in Swedish, never "everything". The total number of items is
/// sent in the <see cref="TotalCountHeader"/> header, so a list's body stays a plain array.
/// </summary>
public readonly record struct Paging
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page size of the application's API.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The header that carries the number of items in the whole list.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    // Far beyond any list here, and small enough that page × size never overflows.
    private const int MaxPage = 1_000_000;

    private Paging(int page, int pageSize, int firstPage) => (Page, PageSize, FirstPage) = (page, pageSize, firstPage);

    /// <summary>The page asked for, counted from <see cref="FirstPage"/>.</summary>
    public int Page { get; }

    /// <summary>How many items a page holds.</summary>
    public int PageSize { get; }

    /// <summary>The number of the first page: 1 in the application's API, 0 in Elsa's.</summary>
    public int FirstPage { get; }

    /// <summary>
    /// The paging <paramref name="page"/> and <paramref name="pageSize"/> ask for (defaults where missing), or a 400 that
    /// says what is wrong.
    /// </summary>
    public static (Paging Paging, ValidationProblem? Problem) From(
        int? page, int? pageSize, int firstPage = 1, int defaultPageSize = DefaultPageSize, int maxPageSize = MaxPageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is { } p && (p < firstPage || p > MaxPage))
            errors["page"] = [$"page måste vara ett heltal från {firstPage} till {MaxPage} (sidan, där {firstPage} är den första)."];
        if (pageSize is { } s && (s < 1 || s > maxPageSize))
            errors["pageSize"] = [$"pageSize måste vara ett heltal från 1 till {maxPageSize}."];
        return errors.Count > 0
            ? (default, ApiProblems.Invalid(errors))
            : (new Paging(page ?? firstPage, pageSize ?? defaultPageSize, firstPage), null);
    }

    /// <summary>How many items come before the page.</summary>
    public int Skip => (Page - FirstPage) * PageSize;

    /// <summary>The page of <paramref name="items"/>; the total goes in the response's <see cref="TotalCountHeader"/> header.</summary>
    public List<T> Apply<T>(IReadOnlyCollection<T> items, HttpResponse response)
    {
        SetTotal(response, items.Count);
        return [.. items.Skip(Skip).Take(PageSize)];
    }

    /// <summary>Tells the client how many items the whole list has, for a page taken elsewhere (in the database).</summary>
    public static void SetTotal(HttpResponse response, int total) =>
        response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
