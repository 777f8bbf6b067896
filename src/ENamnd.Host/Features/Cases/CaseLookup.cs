using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Cases;

/// <summary>How a case is named in the API: by its id or by its case number.</summary>
internal static class CaseLookup
{
    /// <summary>The case named <paramref name="idOrNumber"/>.</summary>
    public static IQueryable<CaseRow> Named(this IQueryable<CaseRow> cases, string idOrNumber) =>
        cases.Where(r => r.Id == idOrNumber || r.CaseNumber == idOrNumber);
}
