using ENamnd.Activities.Allocation;

namespace ENamnd.Host.Features.Allocations;

/// <summary>A computed split as the API shows it; the shares sum exactly to the total.</summary>
public sealed record AllocationPreviewView(decimal Total, string Model, decimal RoundTo, int? PopulationYear, IReadOnlyList<AllocationShare> Shares)
{
    /// <summary>The view of an allocation result.</summary>
    public static AllocationPreviewView From(AllocationResult result) =>
        new(result.Total, result.Model.ToString(), result.RoundTo, result.PopulationYear, result.Shares);
}
