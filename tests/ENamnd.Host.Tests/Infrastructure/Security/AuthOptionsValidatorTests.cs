using ENamnd.Host.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public class AuthOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef")]
    public void Should_Succeed_When_KeyIsAbsentOrLongEnough(string? key)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { CoordinatorApiKey = key });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("kort")]
    [InlineData("0123456789abcde")]
    [InlineData(" 0123456789abcdef")]
    public void Should_Fail_When_KeyIsTooShortOrPadded(string key)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { CoordinatorApiKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Auth:CoordinatorApiKey", result.FailureMessage);
    }

    [Fact]
    public void Should_Fail_When_LimitsAreNotPositive()
    {
        var options = new AuthOptions { MaxFailedAttempts = 0, FailureWindow = TimeSpan.Zero, SessionLifetime = TimeSpan.Zero };

        var result = new AuthOptionsValidator().Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public async Task Should_RefuseToStart_When_ConfiguredKeyTooShort()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => SecurityTestHost.StartAsync(key: "kort-nyckel"));

        Assert.Contains("at least 16 characters", error.Message);
    }
}
