namespace ENamnd.Host.Infrastructure.Health;

/// <summary>The tags that sort the health checks into <c>/health/live</c> and <c>/health/ready</c>.</summary>
public static class HealthTags
{
    /// <summary>The process answers; no dependency is asked.</summary>
    public const string Live = "live";

    /// <summary>The host can do its work: database, schema, scheduler, email and outbox.</summary>
    public const string Ready = "ready";
}
