using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Scheduling;

/// <summary>Checks every cron of the <c>Scheduling</c> section: the runtime's sweeps and each registered job's own setting.</summary>
public sealed class SchedulingOptionsValidator(IConfiguration configuration, IEnumerable<MonitorJobSchedule> schedules) : IValidateOptions<SchedulingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var failures = new List<string>();
        if (!IsCron(options.DueBookmarkSweepCron) || !IsCron(options.OutboxDispatcherCron)) failures.Add("Scheduling: ett cron-uttryck är ogiltigt.");
        foreach (var schedule in schedules)
        {
            if (!IsCron(schedule.CronFrom(configuration))) failures.Add($"{schedule.Key} är inte ett giltigt cron-uttryck.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for a five-field cron, or six with seconds.</summary>
    public static bool IsCron(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return false;
        var format = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? Cronos.CronFormat.IncludeSeconds : Cronos.CronFormat.Standard;
        return Cronos.CronExpression.TryParse(expression, format, out _);
    }
}
