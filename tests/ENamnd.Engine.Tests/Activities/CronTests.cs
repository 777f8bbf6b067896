using System.Globalization;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Activities;

public class CronTests
{
    private static WorkflowDefinition Ticking(string expression)
    {
        var cron = new Cron { Id = "cron", CronExpression = expression };
        return new WorkflowBuilder("cron", "Cron").Build(new Flowchart().Connect(new Start(), cron).Connect(cron, new WriteLine("tick")));
    }

    // The clock starts on Monday 2026-01-05 at 08:00 UTC, 09:00 in Stockholm.
    [Theory]
    [InlineData("0 0 * * * *", "2026-01-05T09:00:00+00:00")]
    [InlineData("30 7 * * *", "2026-01-06T06:30:00+00:00")]
    [InlineData("0 0 8 * * MON", "2026-01-12T07:00:00+00:00")]
    public async Task Should_WaitUntilNextStockholmOccurrence_When_Run(string expression, string expectedDue)
    {
        var harness = new EngineHarness();
        var due = DateTimeOffset.Parse(expectedDue, CultureInfo.InvariantCulture);

        var instance = await harness.RunAsync(Ticking(expression));

        InstanceAssert.Suspended(instance);
        var bookmark = Assert.Single(await harness.BookmarksOfAsync(instance.Id));
        Assert.Equal(Cron.BookmarkName, bookmark.Name);
        Assert.Equal(due, bookmark.DueAt);
        Assert.Equal(0, await harness.AdvanceAsync(due - harness.Clock.GetUtcNow() - TimeSpan.FromSeconds(1)));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromSeconds(1)));
        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["tick"], instance.Messages());
    }

    [Fact]
    public async Task Should_FaultInSwedish_When_ExpressionCannotBeRead()
    {
        var harness = new EngineHarness();
        var cron = new Cron { Id = "cron", CronExpression = new Input<string>(Expression.JavaScript("'varje timme'")) };

        var instance = await harness.RunAsync(new WorkflowBuilder("cron-fel", "Cron-fel").Build(new Flowchart().Connect(new Start(), cron)));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("Cron-uttrycket 'varje timme' kan inte tolkas", Assert.Single(instance.Incidents).Message);
    }

    [Theory]
    [InlineData("BadCronExpression", true)]
    [InlineData("", true)]
    [InlineData("0 0 * * * *", false)]
    public void Should_RefuseLiteralAtValidation_When_ItIsNoCronExpression(string expression, bool refused)
    {
        var validator = new EngineHarness().Services.GetRequiredService<WorkflowValidator>();

        var errors = validator.Validate(Ticking(expression));

        Assert.Equal(refused, errors.Any(e => e.Contains("Cron-uttrycket")));
    }
}
