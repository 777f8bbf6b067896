using ENamnd.Activities.Approvals;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Approvals;

public class RequestApprovalTaskTests
{
    private readonly ApprovalHarness harness = new();

    [Fact]
    public async Task Should_AddressCaseSteeringGroup_When_ApproversIsCaseRole()
    {
        await harness.StartAsync(ApprovalHarness.Approval("roll:styrgrupp@ärendet"));

        Assert.Equal([ApprovalHarness.Member, ApprovalHarness.Chair], harness.Opened.Select(t => t.Recipient.Email).Order().ToArray());
        Assert.Equal([ApprovalHarness.Member, ApprovalHarness.Chair], harness.Emails.Select(e => e.To.Single().Address).Order().ToArray());
        Assert.DoesNotContain(harness.Opened, t => t.Recipient.Email == ApprovalHarness.OtherCaseMember);
    }

    [Fact]
    public async Task Should_RecordOpenedTask_When_Started()
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Documents = new("Projektplan | https://dokument.example.org/projektplan.pdf\nBudget|https://dokument.example.org/budget.xlsx");
        var instance = await harness.StartAsync(approval);

        var task = Assert.Single(harness.Opened);
        Assert.Equal("approval", task.Kind);
        Assert.Equal(instance.Id, task.InstanceId);
        Assert.Equal(ApprovalHarness.CaseNumber, task.CaseNumber);
        Assert.Equal("Godkännande av projektplan", task.Title);
        Assert.Equal($"Godkänner du projektplanen i ärende {ApprovalHarness.CaseNumber}?", task.Question);
        Assert.Equal(["Approved", "Rejected", "Returned"], task.Choices.Select(c => c.Value).ToArray());
        Assert.Equal(["Godkänn", "Avslå", "Återremittera"], task.Choices.Select(c => c.Label).ToArray());
        Assert.Equal(ApprovalHarness.Epoch + TimeSpan.FromDays(14), task.DueAt);
        Assert.Equal(["Projektplan", "Budget"], task.Documents.Select(d => d.Title).ToArray());
        Assert.Equal("Ordförande i styrgruppen", task.Recipient.Name);
        Assert.Contains(await harness.BookmarksOfAsync(instance.Id), b => b.Id == task.BookmarkId && b.Name.Value == "ENamnd.Task");
    }

    [Fact]
    public async Task Should_RecordClosedTask_When_Decided()
    {
        await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));
        var task = harness.TaskOf(ApprovalHarness.Chair);
        harness.Clock.Advance(TimeSpan.FromHours(5));

        await harness.DecideAsync(task, ApprovalOutcomes.Approved, "OK");

        var closed = harness.ClosingOf(task.TaskId);
        Assert.Equal(HumanTaskStatus.Decided, closed.Status);
        Assert.Equal(ApprovalOutcomes.Approved, closed.Outcome);
        Assert.Equal("OK", closed.Comment);
        Assert.Equal(ApprovalHarness.Chair, closed.DecidedBy);
        Assert.Equal("email-link", closed.Channel);
        Assert.Equal(ApprovalHarness.Epoch + TimeSpan.FromHours(5), closed.ClosedAt);
    }

    [Fact]
    public async Task Should_PutLinkPlaceholderInEmail_When_TaskOpened()
    {
        await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));

        var email = Assert.Single(harness.Emails);
        var placeholder = ENamnd.Activities.Tasks.TaskLinks.Placeholder(harness.TaskOf(ApprovalHarness.Chair).TaskId);
        Assert.Contains(placeholder, email.TextBody);
        Assert.Contains(placeholder, email.HtmlBody);
        Assert.Contains(ApprovalHarness.CaseNumber, email.Subject);
    }

    [Theory]
    [InlineData("Projektplan | javascript:alert(1)")]
    [InlineData("Projektplan utan adress")]
    public async Task Should_Fault_When_DocumentLineHasNoWebAddress(string line)
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Documents = new(line);

        var instance = await harness.StartAsync(approval);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Ogiltig dokumentrad", Assert.Single(instance.Incidents).Message);
    }

    [Fact]
    public async Task Should_Fault_When_NobodyHoldsTheRole()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval("roll:projektledare@ärendet"));

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("projektledare", Assert.Single(instance.Incidents).Message);
    }
}
