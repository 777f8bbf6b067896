using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Http.Tests;

public sealed class ApiProblemsExtensionsTests
{
    [Fact]
    public void Should_HaveMinimalApisThrowOnBadRequests_When_Added()
    {
        using var services = new ServiceCollection().AddApiProblems().BuildServiceProvider();

        Assert.True(services.GetRequiredService<IOptions<RouteHandlerOptions>>().Value.ThrowOnBadRequest);
    }
}
