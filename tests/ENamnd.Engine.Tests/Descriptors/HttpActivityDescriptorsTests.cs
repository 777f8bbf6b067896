using System.Text.Json.Nodes;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Descriptors;

public class HttpActivityDescriptorsTests
{
    private readonly ActivityDescriptorFactory factory = new EngineHarness().Services.GetRequiredService<ActivityDescriptorFactory>();

    [Theory]
    [InlineData("Elsa.HttpEndpoint", "HTTP-slutpunkt", "Trigger")]
    [InlineData("Elsa.WriteHttpResponse", "HTTP-svar", "Action")]
    [InlineData("Elsa.SendHttpRequest", "HTTP-anrop", "Task")]
    [InlineData("Elsa.FlowSendHttpRequest", "HTTP-anrop (flöde)", "Task")]
    public void Should_ListTheActivityInTheHttpCategoryInSwedish_When_TheToolboxIsDescribed(string typeName, string displayName, string kind)
    {
        var descriptor = Assert.Single(factory.DescribeAll(), d => d.TypeName == typeName);

        Assert.Equal(("HTTP", displayName, kind, true), (descriptor.Category, descriptor.DisplayName, descriptor.Kind, descriptor.IsBrowsable));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
    }

    [Fact]
    public void Should_OfferTheMethodsAsAChecklist_When_TheEndpointIsDescribed()
    {
        var methods = Assert.Single(factory.Describe(typeof(HttpEndpoint)).Inputs, i => i.Name == "SupportedMethods");

        Assert.Equal("checklist", methods.UIHint);
        var items = methods.UISpecifications!["checklist"]!["checkList"]!["items"]!.AsArray();
        Assert.Equal(["GET", "POST", "PUT", "HEAD", "DELETE"], items.Select(i => (string)i!["value"]!));
        Assert.Equal(new JsonArray("GET").ToJsonString(), methods.DefaultValue?.ToJsonString());
    }

    [Fact]
    public void Should_DescribeTheSecurityInputAsOffByDefault_When_TheEndpointIsDescribed()
    {
        var anonymous = Assert.Single(factory.Describe(typeof(HttpEndpoint)).Inputs, i => i.Name == "AllowAnonymous");

        Assert.Equal(("checkbox", "Säkerhet", false), (anonymous.UIHint, anonymous.Category, (bool)anonymous.DefaultValue!));
        Assert.Contains("samordnarnyckel", anonymous.Description);
    }

    [Fact]
    public void Should_DescribeTheFlowOutcomesAndTheEmbeddedPorts_When_TheRequestActivitiesAreDescribed()
    {
        Assert.Equal(["Done", "Unmatched status code", "Failed to connect", "Timeout"], factory.Describe(typeof(FlowSendHttpRequest)).Ports.Select(p => p.Name));
        Assert.Equal(["UnmatchedStatusCode", "FailedToConnect", "Timeout"], factory.Describe(typeof(SendHttpRequest)).Ports.Select(p => p.Name));
        Assert.All(factory.Describe(typeof(SendHttpRequest)).Ports, p => Assert.Equal("Embedded", p.Type));
    }
}
