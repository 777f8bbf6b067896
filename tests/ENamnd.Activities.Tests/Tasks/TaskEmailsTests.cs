using ENamnd.Activities.Email;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>The task emails: both parts signed, the question's paragraphs kept, and only real case numbers shown.</summary>
public sealed class TaskEmailsTests
{
    private static readonly OpenedTask Task = new()
    {
        TaskId = "t1",
        BookmarkId = "b1",
        InstanceId = "i1",
        CaseNumber = "2026/14-2.2.0.1",
        Kind = "approval",
        Title = "Förslag till beslut vid avtalsslut: E-arkiv",
        Question = "Avtalet närmar sig sin beslutsdag.\n\nAvtal: E-arkiv\nLeverantör: Arkiv & Co <AB>",
        Recipient = new TaskRecipient("eva@example.org", "Eva Ek"),
    };

    [Fact]
    public void Should_KeepTheQuestionsParagraphsAndSignBothParts_When_AnInvitationIsWritten()
    {
        var mail = TaskEmails.Invitation(Task);

        Assert.Equal("Förslag till beslut vid avtalsslut: E-arkiv (ärende 2026/14-2.2.0.1)", mail.Subject);
        Assert.Contains("<p>Avtalet närmar sig sin beslutsdag.</p><p>Avtal: E-arkiv<br>Leverantör: Arkiv &amp; Co &lt;AB&gt;</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.EndsWith(EmailSignOff.Text, mail.TextBody, StringComparison.Ordinal);
        Assert.EndsWith($"<p>{EmailSignOff.Text}</p></body></html>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NotShowTheContractsKey_When_TheTaskHasNoCase()
    {
        var mail = TaskEmails.Reminder(Task with { CaseNumber = "avtal:2940db7f7dc96f46d94a9b6ff93c89c3" });

        Assert.Equal("Påminnelse: Förslag till beslut vid avtalsslut: E-arkiv", mail.Subject);
        Assert.DoesNotContain("avtal:", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ärende:", mail.TextBody, StringComparison.Ordinal);
    }
}
