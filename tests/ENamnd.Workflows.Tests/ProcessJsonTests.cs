using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Workflows.Tests;

/// <summary>Each code-declared workflow exports to Elsa JSON that re-imports to the same definition and passes validation.</summary>
public class ProcessJsonTests
{
    public static TheoryData<string> DefinitionIds()
    {
        var data = new TheoryData<string>();
        foreach (var workflow in Workflows()) data.Add(workflow.DefinitionId);
        return data;
    }

    [Theory]
    [MemberData(nameof(DefinitionIds))]
    public void Should_ReimportToAnIdenticalValidDefinition_When_Exported(string definitionId)
    {
        var services = Services();
        var serializer = services.GetRequiredService<WorkflowDefinitionSerializer>();
        var definition = Workflows().Single(w => w.DefinitionId == definitionId).Build();

        var json = serializer.ToJson(definition);
        var reimported = serializer.Parse(json);

        Assert.Equal(json, serializer.ToJson(reimported));
        Assert.Empty(services.GetRequiredService<WorkflowValidator>().Validate(reimported));
        Assert.Equal(definitionId, reimported.DefinitionId);
    }

    [Fact]
    public void Should_DeclareTheMainProcessAndSixSubprocesses()
    {
        // The process is registered first; other code workflows (contract end, tertial follow-up) follow it.
        var ids = Workflows().Select(w => w.DefinitionId).Take(7).ToList();

        Assert.Equal(["Huvudprocess", "KvalificeringAvIde", "Forstudie", "Utvecklingsprojekt", "Realisering", "Inforande", "Forvaltning"], ids);
    }

    private static ServiceProvider Services() => new ServiceCollection().AddENamndWorkflows().BuildServiceProvider();

    private static IEnumerable<ICodeWorkflow> Workflows() => Services().GetServices<ICodeWorkflow>();
}
