using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> against the coordinator key (see <see cref="CoordinatorKeyGate"/>).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    CoordinatorKeyGate gate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private TimeSpan? _lockedOutFor;

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiKeyHeader.TryRead(Request, out var key)) return Task.FromResult(AuthenticateResult.NoResult());
        var verdict = gate.Check(Context, key);
        if (!verdict.IsAccepted)
        {
            _lockedOutFor = verdict.RetryAfter;
            return Task.FromResult(AuthenticateResult.Fail(verdict.RetryAfter is null ? "Invalid coordinator key." : "Too many failed attempts from this client."));
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
