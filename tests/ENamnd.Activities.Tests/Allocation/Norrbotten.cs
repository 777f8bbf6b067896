using ENamnd.Activities.Allocation;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>The real reference data and an allocator over it, shared by the allocation tests.</summary>
internal static class Norrbotten
{
    /// <summary>The registry read from the embedded CSV.</summary>
    public static MunicipalityRegistry Registry => MunicipalityRegistry.Default;

    /// <summary>An allocator over <see cref="Registry"/>.</summary>
    public static CostAllocator Allocator { get; } = new(MunicipalityRegistry.Default);

    /// <summary>All 14 municipality codes in CSV order.</summary>
    public static IReadOnlyList<string> AllCodes => [.. Registry.All.Select(municipality => municipality.Code)];

    /// <summary>Allocates and returns the amounts by municipality name.</summary>
    public static Dictionary<string, decimal> AmountsByName(AllocationRequest request) =>
        Allocator.Allocate(request).Shares.ToDictionary(share => share.Name, share => share.Amount);
}
