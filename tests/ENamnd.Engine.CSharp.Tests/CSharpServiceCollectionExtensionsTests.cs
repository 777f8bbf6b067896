using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.CSharp.Tests;

public class CSharpServiceCollectionExtensionsTests
{
    [Fact]
    public void Should_RefuseCacheSizeBelowOne_When_Registered()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddCSharpExpressions(new CSharpOptions { CacheSize = 0 }));

        Assert.Contains("CacheSize måste vara minst 1", error.Message);
    }
}
