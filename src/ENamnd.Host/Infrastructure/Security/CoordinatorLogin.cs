using ENamnd.Http;
using Microsoft.AspNetCore.Authentication;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The <c>/login</c> and <c>/logout</c> endpoints for coordinators using a browser.</summary>
/// <remarks>
/// The form is read by hand and antiforgery is disabled on purpose: its only input is the coordinator key, so a forged
/// cross-site login needs the key and gains nothing, and the sign-in cookie is SameSite=Strict, so no cross-site
/// request is ever authenticated by it. That protects every cookie-authenticated endpoint without antiforgery tokens.
/// </remarks>
internal sealed class CoordinatorLogin(CoordinatorKeyGate gate, CoordinatorSessionStamp stamp, ILogger<CoordinatorLogin> logger)
{
    /// <summary>The login page's path.</summary>
    public const string LoginPath = "/login";

    /// <summary>The sign-out path.</summary>
    public const string LogoutPath = "/logout";

    /// <summary>The form field and query parameter holding the page to return to.</summary>
    public const string ReturnUrlField = "returnUrl";

    /// <summary>The form field holding the key.</summary>
    public const string KeyField = "key";

    /// <summary>Maps the endpoints; all allow anonymous requests.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, (HttpContext context, string? returnUrl) =>
                LoginPage.Result(context, LocalUrl.OrNull(returnUrl), error: null, StatusCodes.Status200OK))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(LoginPath, (HttpContext context, CoordinatorLogin login) => login.LogInAsync(context))
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().RequireRateLimiting(RateLimits.Login);
        endpoints.MapPost(LogoutPath, (HttpContext context, CoordinatorLogin login) => login.LogOutAsync(context))
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>Checks the posted key and signs the coordinator in with a cookie.</summary>
    public async Task<IResult> LogInAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem("Skicka inloggningsformuläret.", statusCode: StatusCodes.Status400BadRequest, title: "Formulär saknas");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = LocalUrl.OrNull(form[ReturnUrlField]);
        var key = form[KeyField].ToString();
        if (key.Length == 0)
        {
            return LoginPage.Result(context, returnUrl, "Ange samordnarnyckeln.", StatusCodes.Status400BadRequest);
        }
        var verdict = gate.Check(context, key);
        if (verdict.RetryAfter is { } retryAfter)
        {
            CoordinatorResponses.SetRetryAfter(context.Response, retryAfter);
            var wait = CoordinatorResponses.Minutes(retryAfter);
            return LoginPage.Result(context, returnUrl, $"För många misslyckade försök. Försök igen om {wait} minuter.", StatusCodes.Status429TooManyRequests);
        }
        if (!verdict.IsAccepted)
        {
            return LoginPage.Result(context, returnUrl, "Fel nyckel. Försök igen.", StatusCodes.Status401Unauthorized);
        }
        var client = ClientAddress.Of(context);
        var scheme = CoordinatorAuthentication.CookieScheme;
        await context.SignInAsync(scheme, CoordinatorPrincipal.Create(scheme, await stamp.CurrentAsync(context.RequestAborted)), new AuthenticationProperties { IsPersistent = false });
        logger.LogInformation("Coordinator signed in from {ClientIp}", client);
        return TypedResults.Redirect(returnUrl ?? context.Request.PathBase + "/");
    }

    /// <summary>
    /// Signs the coordinator out on the server (a new session stamp ends every coordinator cookie, copies included) and
    /// removes the cookie; browsers go back to the login page.
    /// </summary>
    public async Task<IResult> LogOutAsync(HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync(CoordinatorAuthentication.CookieScheme);
        if (signedIn.Succeeded)
        {
            // Not cancelled with the request: a sign-out the browser gave up on must still end the sessions.
            await stamp.RenewAsync(CancellationToken.None);
            logger.LogInformation("Coordinator signed out from {ClientIp}; every coordinator session has ended", ClientAddress.Of(context));
        }
        await context.SignOutAsync(CoordinatorAuthentication.CookieScheme);
        return RequestKind.WantsPage(context.Request)
            ? TypedResults.Redirect(context.Request.PathBase + LoginPath)
            : TypedResults.NoContent();
    }
}
