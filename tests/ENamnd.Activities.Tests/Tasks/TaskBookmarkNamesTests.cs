using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>The names participant tasks wait under are stored with waiting instances and must keep their spelling.</summary>
public class TaskBookmarkNamesTests
{
    [Fact]
    public void Should_KeepTheStoredNames_When_ATaskOrItsTimersWait()
    {
        Assert.Equal("ENamnd.Task", HumanTasks.BookmarkName.Value);
        Assert.Equal("ENamnd.Decisions.Deadline", TaskTimers.Deadline.Value);
        Assert.Equal("ENamnd.Decisions.Reminder", TaskTimers.Reminder.Value);
    }
}
