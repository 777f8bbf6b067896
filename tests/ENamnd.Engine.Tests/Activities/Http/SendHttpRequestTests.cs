using ENamnd.Engine.Activities;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities.Http;

public class SendHttpRequestTests
{
    [Theory]
    [InlineData(201, "skapad")]
    [InlineData(409, "oväntad")]
    public async Task Should_RunTheActivityOfTheStatusCode_When_AResponseComes(int status, string expected)
    {
        using var server = new LocalHttpServer(status);
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(new WorkflowBuilder("anrop", "Anrop").Build(Request(server.Url)));

        InstanceAssert.Finished(instance);
        Assert.Equal([expected], instance.Messages());
    }

    [Fact]
    public void Should_KeepTheCasesAndPorts_When_WrittenAndReadAgain()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("anrop", "Anrop").Build(new Flowchart().Add(Request("http://127.0.0.1:1/")));

        var read = harness.Serializer.Parse(harness.Serializer.ToJson(definition));

        var send = Assert.IsType<SendHttpRequest>(Assert.Single(((Flowchart)read.Root).Activities));
        Assert.Equal([201], send.ExpectedStatusCodes.Select(c => c.StatusCode));
        Assert.Equal("skapad", ((WriteLine)send.ExpectedStatusCodes[0].Activity!).Text.Expression.Text);
        Assert.Equal("oväntad", ((WriteLine)send.UnmatchedStatusCode!).Text.Expression.Text);
    }

    private static SendHttpRequest Request(string url) => new()
    {
        Url = new Input<string?>(url),
        ExpectedStatusCodes = [new HttpStatusCodeCase(201, new WriteLine("skapad"))],
        UnmatchedStatusCode = new WriteLine("oväntad"),
    };
}
