using ENamnd.Host.Features;
using ENamnd.Host.Features.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Tasks;

public class TaskOptionsTests
{
    [Theory]
    [InlineData("https://enamnd.example.org", true)]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("https://example.org/e-namnd/", true)]
    [InlineData("enamnd.example.org", false)]
    [InlineData("ftp://enamnd.example.org", false)]
    [InlineData("https://enamnd.example.org/?x=1", false)]
    [InlineData("https://user:pass@enamnd.example.org", false)]
    [InlineData("", false)]
    public void Should_AcceptOnlyAbsoluteHttpAddresses_When_PublicBaseUrlChecked(string url, bool valid) =>
        Assert.Equal(valid, PublicUrlOptions.IsValid(url));

    [Theory]
    [InlineData("Host:PublicBaseUrl", "/relativ")]
    [InlineData("Tasks:TokenSecret", "för-kort")]
    public void Should_FailStartUpValidation_When_TaskSettingInvalid(string key, string value)
    {
        using var services = Services(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains(value, StringComparison.Ordinal) && key == "Tasks:TokenSecret");
    }

    [Fact]
    public void Should_PassStartUpValidation_When_Defaults()
    {
        using var services = Services([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("http://127.0.0.1:5080", services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddFeature<TasksFeature>()
        .BuildServiceProvider();
}
