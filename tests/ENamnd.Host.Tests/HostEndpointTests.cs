using System.Net;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests;

public class HostEndpointTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Fact]
    public async Task Should_AnswerHealthy_When_HealthRequested()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Should_ReadRootAppSettings_When_StartedOutsideRepositoryRoot()
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("http://127.0.0.1:5080", configuration["Urls"]);
    }

    [Fact]
    public void Should_UseGivenDataDirectory_When_Configured()
    {
        _ = factory.Services; // starts the host, which creates the database
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "enamnd.db")));
    }

    [Fact]
    public async Task Should_RefuseAnonymous_And_AcceptApiKey_When_CallingCoordinatorApi()
    {
        using var anonymous = factory.CreateClient();
        using var coordinator = factory.CreateCoordinatorClient();

        var refused = await anonymous.GetAsync("/api/instances/none");
        var accepted = await coordinator.GetAsync("/api/instances/none");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accepted.StatusCode);
    }

    [Fact]
    public async Task Should_RunWorkflow_When_EngineResolvedFromHost()
    {
        var services = factory.Services;
        var definition = new WorkflowBuilder("host-check", "Värdkontroll")
            .WithVariable<string>("Hälsning")
            .Build(new Engine.Activities.SetVariable("Hälsning", new Input<object>(Expression.Liquid("Hej {{ Workflow.CorrelationId }}"))));
        await services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);

        var result = await services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest("host-check") { CorrelationId = "2022/1-2.2.0.1" });

        Assert.Equal(WorkflowSubStatus.Finished, result.Instance.SubStatus);
        Assert.Equal("Hej 2022/1-2.2.0.1", (string?)result.Instance.Variables["Hälsning"]);
    }
}
