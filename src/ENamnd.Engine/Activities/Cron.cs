using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Waits until the next occurrence of a cron expression (Elsa's <c>Elsa.Cron</c>): six fields with seconds, as Elsa
/// writes them, or the classic five. Occurrences are Europe/Stockholm times, like every schedule of the e-nämnd.
/// </summary>
[Activity("Elsa", "Cron", Category = "Tid", DisplayName = "Cron", Kind = ActivityKind.Trigger,
    Description = "Fortsätter vid nästa tidpunkt som cron-uttrycket anger (svensk tid).")]
public sealed class Cron : Activity
{
    /// <summary>The cron expression.</summary>
    [Input(DisplayName = "Cron-uttryck", Description = "Till exempel 0 0 8 * * MON för måndagar kl. 8 (sekund minut timme dag månad veckodag).")]
    public Input<string> CronExpression { get; set; } = new("");

    /// <summary>The name of the cron bookmark, <c>Elsa.Cron</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<Cron>();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.Get(CronExpression) ?? "";
        var schedule = CronSchedule.Parse(text) ?? throw new ActivityFaultException(CronSchedule.Problem(text)!);
        var next = schedule.GetNextOccurrence(context.Now, StockholmTime.Zone)
            ?? throw new ActivityFaultException($"Cron-uttrycket '{text}' inträffar aldrig mer.");
        context.CreateBookmark(BookmarkName, new CronPayload(next, text), next);
        return default;
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> Check() =>
        CronExpression.Expression is { Type: ExpressionTypes.Literal, Text: { } text } && CronSchedule.Problem(text) is { } problem ? [problem] : [];
}
