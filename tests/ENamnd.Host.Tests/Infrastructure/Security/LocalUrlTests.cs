using ENamnd.Host.Infrastructure.Security;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/protected?vy=lista")]
    [InlineData("/elsa/api/workflow-definitions")]
    public void Should_Accept_When_UrlIsAPathOnThisSite(string url) => Assert.Equal(url, LocalUrl.OrNull(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://elak.example/")]
    [InlineData("//elak.example/")]
    [InlineData("/\\elak.example/")]
    [InlineData("/\r\n/elak.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("protected")]
    public void Should_Reject_When_UrlCouldLeaveThisSite(string? url) => Assert.Null(LocalUrl.OrNull(url));
}
