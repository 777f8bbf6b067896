using ENamnd.Host.Features;
using ENamnd.Host.Features.Webhooks;
using ENamnd.Persistence.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Webhooks;

public class WebhookOptionsTests
{
    private const string Secret = "en-hemlighet-som-ar-minst-32-tecken-lang";

    [Theory]
    [InlineData("Url", "https://diarium.example.org/hooks", null)]
    [InlineData("Url", "http://127.0.0.1:8080/hooks", null)]
    [InlineData("Url", "http://localhost/hooks", null)]
    [InlineData("Url", "http://diarium.example.org/hooks", "okrypterad http")]
    [InlineData("Url", "/hooks", "absolut http- eller https-adress")]
    [InlineData("Url", "ftp://diarium.example.org/", "absolut http- eller https-adress")]
    [InlineData("Secret", "för-kort-hemlighet", "minst 32 tecken")]
    [InlineData("Name", "diarium 360", "Name måste anges")]
    [InlineData("Events:0", "case.deleted", "okänd händelsetyp 'case.deleted'")]
    public void Should_CheckEachSubscriber_When_TheHostStarts(string key, string value, string? error)
    {
        var settings = Subscriber(0, "diarium");
        settings[$"Webhooks:Subscribers:0:{key}"] = value;

        var failures = Validate(settings);

        if (error is null) Assert.Empty(failures);
        else Assert.Contains(failures, f => f.Contains($"Webhooks:Subscribers:0:{key.Split(':')[0]}", StringComparison.Ordinal) && f.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_AllowPlainHttpToAnotherMachine_When_TheSubscriberAllowsItExplicitly()
    {
        var settings = Subscriber(0, "diarium");
        settings["Webhooks:Subscribers:0:Url"] = "http://diarium.example.org/hooks";
        settings["Webhooks:Subscribers:0:AllowInsecureHttp"] = "true";

        Assert.Empty(Validate(settings));
    }

    [Fact]
    public void Should_RefuseTwoSubscribersOfOneNameAndABadTimeout_When_TheHostStarts()
    {
        var settings = Subscriber(0, "diarium");
        foreach (var (key, value) in Subscriber(1, "diarium")) settings[key] = value;
        settings["Webhooks:Timeout"] = "00:00:00";

        var failures = Validate(settings);

        Assert.Contains(failures, f => f.Contains("Webhooks:Subscribers:1:Name 'diarium' används av flera mottagare", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Webhooks:Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_NeverNameTheSecret_When_ItIsRefused()
    {
        var settings = Subscriber(0, "diarium");
        settings["Webhooks:Subscribers:0:Secret"] = "kort-men-hemlig";

        var failures = Validate(settings);

        Assert.NotEmpty(failures);
        Assert.DoesNotContain(failures, f => f.Contains("kort-men-hemlig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://diarium:secretpw@diarium.example.org:8443/hooks/secretpw?key=secretpw", "https://diarium.example.org:8443")]
    [InlineData("http://diarium.example.org/hooks/secretpw?key=secretpw", "http://diarium.example.org")]
    [InlineData("ftp://diarium:secretpw@diarium.example.org/secretpw", null)]
    public void Should_NameTheKeyAndAtMostTheOrigin_When_AUrlIsRefused(string value, string? origin)
    {
        var settings = Subscriber(0, "diarium");
        settings["Webhooks:Subscribers:0:Url"] = value;

        var failure = Assert.Single(Validate(settings));

        Assert.Contains("Webhooks:Subscribers:0:Url", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secretpw", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("/hooks", failure, StringComparison.Ordinal);
        if (origin is not null) Assert.Contains($"({origin})", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_KeepTheOptionsValidatedAtStart_When_AnInvalidEditIsReloaded()
    {
        var settings = Subscriber(0, "diarium");
        settings["Webhooks:Subscribers:0:Events:0"] = WebhookEventTypes.CaseEnded;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddFeature<WebhooksFeature>()
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        var events = services.GetRequiredService<WebhookEvents>();
        var handler = services.GetServices<IOutboxHandler>().OfType<WebhookOutboxHandler>().Single();
        Assert.Equal(new WebhookOptions().MaxAttempts, handler.MaxAttempts);

        // appsettings.json reloads on change: an edit that fails validation must not reach the steps or the deliveries.
        configuration["Webhooks:MaxAttempts"] = "0";
        configuration["Webhooks:Subscribers:0:Url"] = "ftp://diarium.example.org/";
        // The options monitor (ValidateOnStart's) re-validates on the change and throws to whoever raised it; that is the
        // file watcher in the host, here the test.
        _ = Record.Exception(configuration.Reload);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<WebhookOptions>>().CurrentValue);
        Assert.Equal(new WebhookOptions().MaxAttempts, handler.MaxAttempts);
        // No subscriber wants the event, so nothing touches the (absent) context.
        var id = await events.AddAsync(null!, WebhookEventTypes.CaseStarted, "arende", DateTimeOffset.UtcNow, new { }, "i", CancellationToken.None);
        Assert.Equal(WebhookEvents.IdOf(WebhookEventTypes.CaseStarted, "arende"), id);
    }

    [Fact]
    public void Should_PassWithNoSubscribers_When_TheSectionIsMissing() => Assert.Empty(Validate([]));

    private static Dictionary<string, string?> Subscriber(int index, string name) => new()
    {
        [$"Webhooks:Subscribers:{index}:Name"] = name,
        [$"Webhooks:Subscribers:{index}:Url"] = "https://diarium.example.org/hooks",
        [$"Webhooks:Subscribers:{index}:Secret"] = Secret,
    };

    private static IReadOnlyList<string> Validate(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddFeature<WebhooksFeature>()
            .BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
    }
}
