using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Goals;

/// <summary>The working state of one <see cref="RequestGoalFollowUp"/>: which task asks about which item, and the items answered.</summary>
internal sealed record FollowUpState
{
    private const string Key = "followUp";

    /// <summary>Item key by task id.</summary>
    public Dictionary<string, string> ItemByTask { get; init; } = [];

    /// <summary>The keys of the items answered so far.</summary>
    public List<string> Answered { get; init; } = [];

    /// <summary>How many items were asked about.</summary>
    public int ItemCount { get; init; }

    /// <summary>Whether every item has an answer.</summary>
    public bool AllAnswered => Answered.Count >= ItemCount;

    public static FollowUpState Load(ActivityExecutionContext context) =>
        context.GetProperty<FollowUpState>(Key) ?? throw new ActivityFaultException("Uppföljningens arbetsdata saknas.");

    public void Save(ActivityExecutionContext context) => context.SetProperty(Key, this);
}
