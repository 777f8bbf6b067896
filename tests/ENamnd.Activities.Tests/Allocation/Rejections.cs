using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Tests.Allocation;

/// <summary>Asserts that a request is rejected with a user-facing message.</summary>
internal static class Rejections
{
    /// <summary>Allocates, expects an <see cref="AllocationException"/> and checks its message names every fragment.</summary>
    public static AllocationException AssertRejected(AllocationRequest request, params string[] fragments)
    {
        var exception = Assert.Throws<AllocationException>(() => Norrbotten.Allocator.Allocate(request));
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        Assert.All(fragments, fragment => Assert.Contains(fragment, exception.Message));
        return exception;
    }
}
