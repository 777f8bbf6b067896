using ENamnd.Activities.Approvals;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tests.Approvals;

public class RequestApprovalDescriptorTests
{
    private readonly ApprovalHarness harness = new();

    [Fact]
    public void Should_OfferOutcomePortsAndInputs_When_DescribedForDesigner()
    {
        var descriptor = harness.Services.GetRequiredService<ActivityDescriptorFactory>().Describe(typeof(RequestApproval));

        Assert.Equal("ENamnd.RequestApproval", descriptor.TypeName);
        Assert.Equal("E-nämnd beslut", descriptor.Category);
        Assert.Equal("Begär godkännande", descriptor.DisplayName);
        Assert.Equal(["Approved", "Rejected", "Returned", "TimedOut"], descriptor.Ports.Select(p => p.Name).ToArray());
        Assert.Equal("multiline", descriptor.Inputs.Single(i => i.Name == "Approvers").UIHint);
        Assert.Equal("Liquid", descriptor.Inputs.Single(i => i.Name == "Instructions").DefaultSyntax);
        Assert.Equal("14.00:00:00", (string?)descriptor.Inputs.Single(i => i.Name == "DeadlineAfter").DefaultValue);
        Assert.Equal(["Comment", "DecidedBy", "DecidedByName", "Answers", "Decisions"], descriptor.Outputs.Select(o => o.Name).ToArray());
    }

    [Fact]
    public void Should_KeepInputs_When_WrittenAndReadAsElsaJson()
    {
        var serializer = harness.Services.GetRequiredService<ActivityJsonSerializer>();
        var approval = ApprovalHarness.Approval();
        approval.RequireAll = new(true);
        approval.Substitute = new("roll:ersättare");

        var json = serializer.Write(approval);
        var errors = new List<string>();
        var read = Assert.IsType<RequestApproval>(serializer.Read(json, "approval", errors));

        Assert.Empty(errors);
        Assert.Equal("roll:styrgrupp@ärendet", (string?)read.Approvers.Expression.Value);
        Assert.Equal("Liquid", read.Instructions.Expression.Type);
        Assert.True((bool?)read.RequireAll.Expression.Value);
        Assert.Equal("roll:ersättare", (string?)read.Substitute.Expression.Value);
    }
}
