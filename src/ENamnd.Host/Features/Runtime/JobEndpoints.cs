using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Http;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Runtime;

/// <summary>The coordinator's trigger for the recurring jobs.</summary>
public static class JobEndpoints
{
    /// <summary>Maps <c>POST /api/jobs/{jobId}/trigger</c>: runs a recurring job now.</summary>
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/jobs", "Jobb").MapPost("/{jobId}/trigger", Trigger).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Kör ett schemalagt jobb nu").WithDescription("jobId är jobbets id, t.ex. contract-expiry-monitor.");
        return app;
    }

    private static Results<Accepted<JobTriggered>, ProblemHttpResult> Trigger(
        string jobId, MonitorJobRunner monitors, IRecurringJobManagerV2 recurring, TimeProvider clock)
    {
        string[] runtimeJobs = [RecurringJobIds.DueBookmarkSweep, RecurringJobIds.OutboxDispatcher];
        if (!monitors.JobIds.Contains(jobId, StringComparer.Ordinal) && !runtimeJobs.Contains(jobId, StringComparer.Ordinal))
            return ApiProblems.NotFound($"Det finns inget återkommande jobb med id '{jobId}'.");
        var backgroundJobId = recurring.TriggerJob(jobId);
        return TypedResults.Accepted((string?)null, new JobTriggered(jobId, backgroundJobId, clock.GetUtcNow()));
    }
}
