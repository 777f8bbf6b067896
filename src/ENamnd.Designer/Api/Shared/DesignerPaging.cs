using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Shared;

/// <summary>
/// Paging of the designer's lists as Elsa numbers it (the first page is 0). The designer's list screens always ask for
/// a page; a client that does not gets the first <see cref="MaxPageSize"/> items, never an unbounded list.
/// </summary>
public static class DesignerPaging
{
    /// <summary>The largest page, and the page when no size is asked for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The paging asked for, or a 400 in Swedish.</summary>
    public static (Paging Paging, ValidationProblem? Problem) From(int? page, int? pageSize) =>
        Paging.From(page, pageSize, firstPage: 0, defaultPageSize: MaxPageSize, maxPageSize: MaxPageSize);
}
