using System.Threading.RateLimiting;
using ENamnd.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>ASP.NET Core rate limiting per client address for the task links and the login form (see <see cref="RateLimitOptions"/>).</summary>
public static class RateLimits
{
    /// <summary>The policy of the participants' task links.</summary>
    public const string TaskLinks = "task-links";

    /// <summary>The policy of the login form.</summary>
    public const string Login = "login";

    /// <summary>Adds the policies, read from configuration; a bad setting stops the host at start-up.</summary>
    public static IServiceCollection AddENamndRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.Problems().Count == 0, "RateLimits: a limit is out of range (PermitLimit at least 1, Window positive).")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(TaskLinks, context => PerClient(context, o => o.TaskLinks));
            limiter.AddPolicy(Login, context => PerClient(context, o => o.Login));
            limiter.OnRejected = (rejected, _) => new ValueTask(RejectAsync(rejected));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, RateLimit> pick)
    {
        var limit = pick(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    private static Task RejectAsync(OnRejectedContext rejected)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        CoordinatorResponses.SetRetryAfter(context.Response, retryAfter);
        var text = $"För många förfrågningar från din adress på kort tid. Vänta {Seconds(retryAfter)} sekunder och försök igen.";
        return RequestKind.WantsPage(context.Request)
            ? ErrorPage.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Vänta en stund", text)
            : TypedResults.Problem(text, statusCode: StatusCodes.Status429TooManyRequests, title: "För många försök").ExecuteAsync(context);
    }

    private static long Seconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
}
