using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> against the coordinator key, with a per-client lockout.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    CoordinatorKeyStore keys,
    FailedAttemptTracker attempts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private TimeSpan? _lockedOutFor;

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiKeyHeader.TryRead(Request, out var key)) return Task.FromResult(AuthenticateResult.NoResult());
        var client = ClientAddress.Of(Context);
        // Checked before the key, so a locked-out client cannot keep guessing (even the right key is refused).
        if (attempts.IsLockedOut(client, out var retryAfter))
        {
            _lockedOutFor = retryAfter;
            return Task.FromResult(AuthenticateResult.Fail("Too many failed attempts from this client."));
        }
        if (!keys.Matches(key))
        {
            // The header's value is never logged, not even in part.
            Logger.LogWarning("Coordinator API key rejected for {ClientIp} on {RequestPath}", client, Request.Path.Value);
            if (attempts.RecordFailure(client)) Logger.LogWarning("Coordinator sign-in locked for {ClientIp} after repeated failures", client);
            return Task.FromResult(AuthenticateResult.Fail("Invalid coordinator key."));
        }
        var principal = CoordinatorPrincipal.Create(Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        _lockedOutFor is { } retryAfter
            ? CoordinatorResponses.TooManyAttemptsAsync(Context, retryAfter)
            : CoordinatorResponses.UnauthorizedAsync(Context, ApiKeyHeader.IsPresent(Request)
                ? "Samordnarnyckeln i huvudet Authorization är fel."
                : CoordinatorResponses.MissingCredentials);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
