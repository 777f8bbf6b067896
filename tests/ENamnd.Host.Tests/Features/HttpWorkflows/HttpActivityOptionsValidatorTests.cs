using ENamnd.Engine.Activities.Http;
using ENamnd.Host.Features.HttpWorkflows;

namespace ENamnd.Host.Tests.Features.HttpWorkflows;

public class HttpActivityOptionsValidatorTests
{
    [Theory]
    [InlineData("/workflows")]
    [InlineData("/api/flows/")]
    public void Should_Accept_When_TheBasePathHasAPart(string basePath)
    {
        Assert.True(new HttpActivityOptionsValidator().Validate(null, new HttpActivityOptions { BasePath = basePath }).Succeeded);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("workflows")]
    [InlineData("")]
    [InlineData("/flows/{id}")]
    public void Should_RefuseInSwedish_When_TheBasePathIsNoPrefix(string basePath)
    {
        var result = new HttpActivityOptionsValidator().Validate(null, new HttpActivityOptions { BasePath = basePath });

        Assert.Contains("HttpWorkflows:BasePath måste vara en sökväg", result.FailureMessage);
    }

    [Fact]
    public void Should_RefuseInSwedish_When_ALimitIsNotPositive()
    {
        var result = new HttpActivityOptionsValidator().Validate(null, new HttpActivityOptions { MaxRequestBodyBytes = 0, MaxResponseBodyBytes = -1 });

        Assert.Contains("MaxRequestBodyBytes måste vara större än 0", result.FailureMessage);
        Assert.Contains("MaxResponseBodyBytes måste vara större än 0", result.FailureMessage);
    }
}
