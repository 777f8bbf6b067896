namespace ENamnd.Workflows.Tests.Templates;

/// <summary>
/// Every Liquid template the code workflows ship (email subjects and texts, task titles and instructions, document
/// lists, decision matters) renders to the recorded text, with the case's data filled in and with it left out.
/// </summary>
public class ProcessTemplateTests
{
    private static readonly IReadOnlyList<ProcessTemplate> Templates = ProcessTemplate.All();

    public static TheoryData<string> FullKeys() => new(ProcessTemplateExpectations.Full.Keys);

    public static TheoryData<string> SparseKeys() => new(ProcessTemplateExpectations.Sparse.Keys);

    [Fact]
    public void Should_HaveARecordedText_When_AWorkflowShipsALiquidTemplate()
    {
        var keys = Templates.Select(t => t.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(keys.Order(), ProcessTemplateExpectations.Full.Keys.Order());
        Assert.Equal(
            Templates.Where(t => t.Text.Contains("{%", StringComparison.Ordinal)).Select(t => t.Key).Order(),
            ProcessTemplateExpectations.Sparse.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(FullKeys))]
    public async Task Should_RenderTheRecordedText_When_TheCaseHasAllData(string key)
    {
        var template = Templates.Single(t => t.Key == key);

        var text = await new TemplateRenderer().RenderAsync(template.Text, CaseData.FullInput(), CaseData.FullVariables());

        Assert.Equal(ProcessTemplateExpectations.Full[key], text);
    }

    [Theory]
    [MemberData(nameof(SparseKeys))]
    public async Task Should_LeaveOutTheOptionalParts_When_TheCaseLacksThem(string key)
    {
        var template = Templates.Single(t => t.Key == key);

        var text = await new TemplateRenderer().RenderAsync(template.Text, CaseData.SparseInput(), CaseData.SparseVariables());

        Assert.Equal(ProcessTemplateExpectations.Sparse[key], text);
    }
}
