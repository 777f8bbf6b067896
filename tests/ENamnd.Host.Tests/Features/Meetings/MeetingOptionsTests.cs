using ENamnd.Host.Features;
using ENamnd.Host.Features.Meetings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The <c>Meetings</c> settings are checked at start-up.</summary>
public sealed class MeetingOptionsTests
{
    [Theory]
    [InlineData("NoticeDaysBefore", "0", "Meetings:NoticeDaysBefore")]
    [InlineData("JusteringReminderDaysAfter", "20", "Meetings:JusteringReminderDaysAfter")]
    [InlineData("OrganizerEmail", "e-nämnden", "Meetings:OrganizerEmail")]
    [InlineData("OrganizerEmail", "Nämnden <namnd@example.org>", "Meetings:OrganizerEmail")]
    public void Should_RejectTheSetting_When_OutOfRange(string key, string value, string message)
    {
        using var services = Services(new Dictionary<string, string?> { [$"Meetings:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MeetingOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_BindTheSettings_When_Valid()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Meetings:NoticeDaysBefore"] = "10", ["Meetings:JusteringDays"] = "21", ["Meetings:OrganizerEmail"] = "e-namnden@example.org",
        });

        var options = services.GetRequiredService<IOptions<MeetingOptions>>().Value;

        Assert.Equal((10, 21, 7), (options.NoticeDaysBefore, options.JusteringDays, options.JusteringReminderDaysAfter));
        Assert.Equal(("e-namnden@example.org", "Norrbottens e-nämnd"), (options.OrganizerEmail, options.OrganizerName));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddFeature<MeetingsFeature>()
        .BuildServiceProvider();
}
