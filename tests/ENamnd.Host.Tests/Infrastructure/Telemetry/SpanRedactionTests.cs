using System.Diagnostics;
using ENamnd.Host.Infrastructure.Telemetry;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>An outgoing request marked as holding a secret in its URL (a webhook subscriber's) is traced as scheme://host:port only.</summary>
public sealed class SpanRedactionTests
{
    private const string Url = "https://hooks.example.org:8443/webhookb2/hemlig-sokvag-0123456789?sig=hemlig-fraga";

    [Fact]
    public void Should_KeepOnlySchemeHostAndPort_When_TheRequestIsMarked()
    {
        using var activity = new Activity("test");
        activity.SetTag("url.full", Url);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url);
        request.Options.Set(SpanRedaction.HideUrlPath, true);

        SpanRedaction.Client(activity, request);

        Assert.Equal("https://hooks.example.org:8443", activity.GetTagItem("url.full"));
        Assert.DoesNotContain(activity.TagObjects, t => t.Value is string text && text.Contains("hemlig", StringComparison.Ordinal));

        // Tags written after the request started (as .NET may) are rewritten again if it fails.
        activity.SetTag("url.full", Url);
        SpanRedaction.ClientFailed(activity);
        Assert.Equal("https://hooks.example.org:8443", activity.GetTagItem("url.full"));
    }

    [Fact]
    public void Should_LeaveTheUrl_When_TheRequestIsNotMarked()
    {
        using var activity = new Activity("test");
        activity.SetTag("url.full", Url);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url);

        SpanRedaction.Client(activity, request);
        SpanRedaction.ClientFailed(activity);

        Assert.Equal(Url, activity.GetTagItem("url.full"));
    }
}
