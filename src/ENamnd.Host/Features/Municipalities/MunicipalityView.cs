using System.Globalization;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>
/// A member municipality as the API shows it: code, name, official name ("Bodens kommun") and population at 31 December by
/// year ("2025": 80321), shipped and imported years alike.
/// </summary>
public sealed record MunicipalityView(string Code, string Name, string OfficialName, IReadOnlyDictionary<string, int> Population)
{
    /// <summary>The view of a municipality.</summary>
    public static MunicipalityView From(Municipality municipality) => new(
        municipality.Code,
        municipality.Name,
        municipality.OfficialName,
        municipality.Populations.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value));
}
