using System.Globalization;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>A member municipality as the API shows it: code, name and population at 31 December by year ("2020": 78549).</summary>
public sealed record MunicipalityView(string Code, string Name, IReadOnlyDictionary<string, int> Population)
{
    /// <summary>The view of a municipality.</summary>
    public static MunicipalityView From(Municipality municipality) => new(
        municipality.Code,
        municipality.Name,
        municipality.Populations.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value));
}
