using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Tests.Tasks;

public class TaskTimerScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    // Opened at day 0, due at day 14, a reminder every third day: slots at days 3, 6, 9 and 12.
    private static readonly TaskTimerSchedule Schedule = new(Start, Start + 14 * Day, 3 * Day);

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 6)]
    [InlineData(4, 6)]
    [InlineData(5.99, 6)]
    [InlineData(10, 12)]
    public void Should_KeepTheSlotsCountedFromTheStart_When_AskedAtAnyMoment(double day, int expected) =>
        Assert.Equal(Start + expected * Day, Schedule.NextReminderAfter(Start + day * Day));

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(20)]
    public void Should_GiveNoReminder_When_TheNextSlotIsNotBeforeTheDeadline(int day) =>
        Assert.Null(Schedule.NextReminderAfter(Start + day * Day));

    [Fact]
    public void Should_LeaveTheDueTimeToTheDeadline_When_ASlotFallsOnIt() =>
        Assert.Null(new TaskTimerSchedule(Start, Start + 12 * Day, 3 * Day).NextReminderAfter(Start + 9 * Day, pastDue: true));

    [Theory]
    [InlineData(14, 17)]
    [InlineData(16, 17)]
    [InlineData(17, 20)]
    [InlineData(25, 26)]
    public void Should_CountFromTheDueTime_When_RemindingPastDue(int day, int expected) =>
        Assert.Equal(Start + expected * Day, Schedule.NextReminderAfter(Start + day * Day, pastDue: true));

    [Fact]
    public void Should_GiveNoReminder_When_TheIntervalIsZero()
    {
        var schedule = Schedule with { ReminderInterval = TimeSpan.Zero };

        Assert.Null(schedule.NextReminderAfter(Start));
        Assert.Null(schedule.NextReminderAfter(Start + 20 * Day, pastDue: true));
    }
}
