using ENamnd.Activities.Email;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Email;

public class SendEmailTests
{
    [Fact]
    public async Task Should_SendToRoleHoldersAndAddresses_When_RecipientsMixRolesAndAddresses()
    {
        var harness = new DecisionsHarness();
        var send = new SendEmail
        {
            Id = "mail",
            To = "roll:beredningsgrupp@Kalix; Åsa Öberg <asa.oberg@example.org>",
            Subject = new Input<string>(Expression.Liquid("Ärende {{ Workflow.CorrelationId }}")),
            Body = "Hej! Åäö.",
        };

        var instance = await harness.RunAsync(send);

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        var email = Assert.Single(harness.Emails);
        Assert.Equal([DecisionsHarness.RepresentativeEmail(DecisionsHarness.Code("Kalix")), "asa.oberg@example.org"], email.To.Select(t => t.Address));
        Assert.Equal("Åsa Öberg", email.To[1].Name);
        Assert.Equal($"Ärende {DecisionsHarness.CaseNumber}", email.Subject);
    }

    [Fact]
    public async Task Should_FaultWithSwedishMessage_When_RoleHasNoHolder()
    {
        var harness = new DecisionsHarness("Kalix");
        var send = new SendEmail { Id = "mail", To = "roll:beredningsgrupp@Kalix", Subject = "Ämne", Body = "Text" };

        var instance = await harness.RunAsync(send);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Ingen person har rollen beredningsgrupp", Assert.Single(instance.Incidents).Message);
        Assert.Empty(harness.Emails);
    }
}
