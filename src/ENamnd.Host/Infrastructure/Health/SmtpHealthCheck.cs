using ENamnd.Host.Infrastructure.Email;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>
/// With <c>Email:Mode=Smtp</c>, healthy when the SMTP server accepts a connection and answers EHLO and NOOP within a short
/// time; the answer is reused for <see cref="HealthOptions.SmtpProbeCacheTime"/>. Never authenticates, never sends.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<EmailOptions> email, IOptions<HealthOptions> health, TimeProvider clock, ILogger<SmtpHealthCheck> logger)
    : IHealthCheck
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? last;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (email.Value.Mode != EmailMode.Smtp)
            return HealthCheckResult.Healthy("E-post skrivs till utkorgskatalogen; ingen SMTP-server används.");
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (last is { } cached && clock.GetUtcNow() - cached.At < health.Value.SmtpProbeCacheTime) return cached.Result;
            var result = await ProbeAsync(cancellationToken);
            last = (result, clock.GetUtcNow());
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var smtp = email.Value.Smtp;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(health.Value.SmtpProbeTimeout);
        using var client = new SmtpClient { Timeout = (int)health.Value.SmtpProbeTimeout.TotalMilliseconds };
        try
        {
            // Connecting reads the greeting and sends EHLO (and STARTTLS when configured).
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, SmtpTransport.SocketOptions(smtp.Security), timeout.Token);
            await client.NoOpAsync(timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
            return HealthCheckResult.Healthy("SMTP-servern svarar.");
        }
        catch (Exception e) when (SmtpTransport.Classify(e) is not null && !cancellationToken.IsCancellationRequested)
        {
            // The server's name and the error stay in the log; the answer is for anyone.
            logger.LogWarning("The SMTP server {SmtpHost}:{SmtpPort} did not answer the health probe: {Error}", smtp.Host, smtp.Port, e.Message);
            return HealthCheckResult.Unhealthy("SMTP-servern svarar inte.");
        }
    }
}
