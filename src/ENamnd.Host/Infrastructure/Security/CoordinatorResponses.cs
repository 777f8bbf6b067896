using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The answers to requests that lack coordinator credentials: a redirect for browsers, ProblemDetails for API clients.</summary>
internal static class CoordinatorResponses
{
    /// <summary>What an API client without credentials is told.</summary>
    public const string MissingCredentials = "Skicka samordnarnyckeln i huvudet \"Authorization: ApiKey <nyckel>\", eller logga in på /login.";

    /// <summary>Redirects to the login page, which returns to the current page (a local URL) after sign-in.</summary>
    public static void RedirectToLogin(HttpContext context)
    {
        var request = context.Request;
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        // Relative, so it stays right behind a reverse proxy that rewrites the host.
        context.Response.Redirect(request.PathBase + CoordinatorLogin.LoginPath + QueryString.Create(CoordinatorLogin.ReturnUrlField, returnUrl));
    }

    /// <summary>Answers 401 with a short ProblemDetails body in Swedish.</summary>
    public static Task UnauthorizedAsync(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "ApiKey";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Inloggning krävs").ExecuteAsync(context);
    }

    /// <summary>Answers 429 with <c>Retry-After</c> and a short ProblemDetails body in Swedish.</summary>
    public static Task TooManyAttemptsAsync(HttpContext context, TimeSpan retryAfter)
    {
        SetRetryAfter(context.Response, retryAfter);
        return TypedResults.Problem(
                $"För många misslyckade inloggningsförsök från din adress. Försök igen om {Minutes(retryAfter)} minuter.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "För många försök")
            .ExecuteAsync(context);
    }

    /// <summary>Sets <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers[HeaderNames.RetryAfter] = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A wait in whole minutes, rounded up, for messages to people.</summary>
    public static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
