using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The stored spellings of meeting emails' ledger keys: emails already recorded must keep matching.</summary>
public class MeetingLedgerKeysTests
{
    [Fact]
    public void Should_SpellEachKeyAsRecorded_When_AMeetingEmailIsSent()
    {
        LedgerKey[] keys =
        [
            MeetingLedgerKeys.Notice("m1", 2, "p1"),
            MeetingLedgerKeys.Reminder("m1", new DateOnly(2022, 3, 1), "p1"),
            MeetingLedgerKeys.Cancel("m1", "p1"),
            MeetingLedgerKeys.DecisionsReminder("m1", "p1"),
            MeetingLedgerKeys.JusteringReminder("m1", "p1"),
            MeetingLedgerKeys.Supplement("m1", "item9", "p1"),
        ];

        Assert.Equal(
            [
                "meeting-notice:m1:seq2:p1", "meeting-reminder:m1:2022-03-01:p1", "meeting-cancel:m1:p1",
                "meeting-decisions-reminder:m1:p1", "meeting-justering-reminder:m1:p1", "meeting-supplement:m1:item9:p1",
            ],
            keys.Select(k => k.Value));
        Assert.All(keys, k => Assert.Equal("meeting:m1", k.Subject));
    }

    [Theory]
    [InlineData("p1")]
    [InlineData("ersattare-kalix")]
    public void Should_ReadTheParticipantBack_When_ANoticeWasRecorded(string participantId)
    {
        var key = MeetingLedgerKeys.Notice("m1", 12, participantId);

        var row = new SentNotificationRow { Key = key.Value, Kind = key.Kind, Subject = key.Subject };

        Assert.Equal(participantId, MeetingLedgerKeys.NoticedParticipant(row));
    }
}
