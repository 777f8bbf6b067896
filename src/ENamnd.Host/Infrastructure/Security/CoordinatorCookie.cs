using ENamnd.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Settings of the coordinator sign-in cookie.</summary>
internal sealed class CoordinatorCookie(IOptions<AuthOptions> auth, CoordinatorSessionStamp stamp) : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "ENamnd.Samordnare";

    /// <inheritdoc />
    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name == CoordinatorAuthentication.CookieScheme) Configure(options);
    }

    /// <inheritdoc />
    public void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        // Secure under HTTPS, yet usable on http://127.0.0.1 during development.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = auth.Value.SessionLifetime;
        options.SlidingExpiration = true;
        options.LoginPath = CoordinatorLogin.LoginPath;
        options.LogoutPath = CoordinatorLogin.LogoutPath;
        options.ReturnUrlParameter = CoordinatorLogin.ReturnUrlField;
        options.Events.OnRedirectToLogin = context =>
        {
            if (RequestKind.WantsPage(context.Request))
            {
                CoordinatorResponses.RedirectToLogin(context.HttpContext);
                return Task.CompletedTask;
            }
            return CoordinatorResponses.UnauthorizedAsync(context.HttpContext, CoordinatorResponses.MissingCredentials);
        };
        // A cookie from before the last sign-out (or from before stamps) is refused and removed.
        options.Events.OnValidatePrincipal = async context =>
        {
            if (await stamp.IsCurrentAsync(context.Principal?.FindFirst(CoordinatorSessionStamp.ClaimType)?.Value, context.HttpContext.RequestAborted)) return;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CoordinatorAuthentication.CookieScheme);
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
