using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Contracts;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>A workflow registers a signed contract with its step; the registry then monitors it.</summary>
public sealed class RegisterContractTests : IAsyncLifetime
{
    private readonly ContractsHostFactory host = new();

    public Task InitializeAsync() => host.StartAsync();

    public Task DisposeAsync()
    {
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_StoreTheContractWithTheStep_When_TheWorkflowRegistersIt()
    {
        var instance = await StartAsync("Luleå, kalix", "[{\"extendMonths\":24,\"decideBy\":\"2027-03-31\"}]");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var id = RegisterContract.IdFor(instance.Id, "Workflow1:Root:register");
        var contract = await host.Services.GetRequiredService<ContractStore>().FindAsync(id, CancellationToken.None);
        Assert.NotNull(contract);
        Assert.Equal("Socialtjänstsystem", contract.Terms.Name);
        Assert.Equal(ContractKind.Ramavtal, contract.Terms.Kind);
        Assert.Equal(new DateOnly(2027, 12, 31), contract.Terms.EndDate);
        Assert.Equal(["Luleå", "Kalix"], contract.Terms.Municipalities);
        Assert.Equal("2024/7-2.2.0.1", contract.Terms.CaseNumber);
        Assert.Equal(new ContractOption(24, new DateOnly(2027, 3, 31)), Assert.Single(contract.Terms.Options));
    }

    [Fact]
    public async Task Should_FaultInSwedishAndStoreNothing_When_TheTermsAreInvalid()
    {
        var instance = await StartAsync("Luleå, Atlantis", null);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Okänd kommun: 'Atlantis'", string.Join(" ", instance.Incidents.Select(i => i.Message)));
        Assert.Empty(await host.Services.GetRequiredService<ContractStore>().ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Should_KeepOneContract_When_TheSameRegistrationIsWrittenAgain()
    {
        var registration = new ContractRegistration
        {
            Id = RegisterContract.IdFor("instans", "Root:register"),
            InstanceId = "instans",
            RegisteredAt = host.Clock.GetUtcNow(),
            Terms = new ContractTerms
            {
                Name = "Datacenter", Supplier = "Leverantör AB", Kind = ContractKind.GemensamtAvtal, StartDate = new(2020, 1, 1),
                EndDate = new(2026, 12, 31), Owner = "roll:samordnare", Municipalities = ["Boden"],
            },
        };
        var writer = host.Services.GetServices<IStepRecordWriter>().Single(w => w.Kind == ContractRecordKinds.Registered);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        for (var i = 0; i < 2; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await writer.WriteAsync(db, (JsonObject)ValueConverter.ToNode(registration)!, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Assert.Single(await host.Services.GetRequiredService<ContractStore>().ListAsync(null, CancellationToken.None));
    }

    private async Task<WorkflowInstance> StartAsync(string municipalities, string? options)
    {
        var register = new RegisterContract
        {
            Id = "register",
            ContractName = new("Socialtjänstsystem"),
            Supplier = new("Leverantör AB"),
            Kind = new("Ramavtal"),
            StartDate = new("2022-01-01"),
            EndDate = new("2027-12-31"),
            NoticePeriodMonths = new(6),
            Options = new((object?)options),
            Owner = new("roll:samordnare"),
            Municipalities = new(municipalities),
        };
        var definition = new WorkflowBuilder($"registrera-{Guid.NewGuid():N}", "Registrera avtal").Build(new Flowchart().Connect(new Start(), register));
        await host.Services.GetRequiredService<WorkflowDefinitionPublisher>().PublishAsync(definition);
        var result = await host.Services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest(definition.DefinitionId) { CorrelationId = "2024/7-2.2.0.1" });
        return result.Instance;
    }
}
