using ENamnd.Host.Infrastructure.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Wiring of coordinator authentication: an API key header or a sign-in cookie, required everywhere by default.</summary>
public static class CoordinatorSecurityExtensions
{
    /// <summary>Adds the authentication schemes, the fallback policy (authenticated coordinator) and the coordinator key.</summary>
    public static WebApplicationBuilder AddCoordinatorSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CoordinatorKeyStore>();
        services.TryAddSingleton<FailedAttemptTracker>();
        services.TryAddSingleton<CoordinatorKeyGate>();
        services.TryAddSingleton<FileSessionStampStore>();
        services.TryAddSingleton<ICoordinatorSessionStampStore>(p => SharedDatabase.HoldsSecrets(p)
            ? ActivatorUtilities.CreateInstance<DatabaseSessionStampStore>(p)
            : p.GetRequiredService<FileSessionStampStore>());
        // Real elapsed time, not the host's TimeProvider (which tests move by hand): the cache bounds how long another
        // host's sign-out takes to reach this one.
        services.TryAddSingleton(p => new CoordinatorSessionStamp(p.GetRequiredService<ICoordinatorSessionStampStore>(), TimeProvider.System));
        services.TryAddSingleton<CoordinatorLogin>();
        services.AddHostedService<CoordinatorKeyInitializer>();
        services.AddENamndRateLimits();

        services.AddDataProtection().SetApplicationName("ENamnd");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DataProtectionKeyStorage>();
        services.AddHostedService<DataProtectionKeyNotice>();

        services.AddAuthentication(CoordinatorAuthentication.PolicyScheme)
            .AddPolicyScheme(CoordinatorAuthentication.PolicyScheme, "Samordnare", options =>
                options.ForwardDefaultSelector = context => ApiKeyHeader.IsPresent(context.Request)
                    ? CoordinatorAuthentication.ApiKeyScheme
                    : CoordinatorAuthentication.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(CoordinatorAuthentication.ApiKeyScheme, configureOptions: null)
            .AddCookie(CoordinatorAuthentication.CookieScheme);
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, CoordinatorCookie>();

        var coordinator = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(coordinator)
            .AddPolicy(CoordinatorAuthentication.PolicyName, coordinator);
        return builder;
    }

    /// <summary>Adds the security headers, the rate limits, authentication and authorization to the pipeline and maps <c>/login</c> and <c>/logout</c>.</summary>
    /// <remarks>Call before the endpoints are mapped; endpoints that anyone may reach opt out with <c>AllowAnonymous()</c>.</remarks>
    public static WebApplication UseCoordinatorSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        CoordinatorLogin.Map(app);
        return app;
    }

    /// <summary>Requires a signed-in coordinator for these endpoints, e.g. the Hangfire dashboard.</summary>
    public static TBuilder RequireCoordinator<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(CoordinatorAuthentication.PolicyName);
}
