using ENamnd.Host.Infrastructure.Security;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public sealed class HostAddressTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:5080/")]
    [InlineData("", "http://127.0.0.1:5080/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:8080/", "http://localhost:8080/")]
    [InlineData(" http://*:8080 ; https://*:8443", "http://127.0.0.1:8080/")]
    [InlineData("http://+:80", "http://127.0.0.1:80/")]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://[::]:5000", "http://127.0.0.1:5000/")]
    public void Should_GiveTheAddressABrowserOnThisMachineOpens_When_UrlsAreConfigured(string? urls, string expected)
    {
        Assert.Equal(expected, HostAddress.ToOpen(urls));
    }
}
