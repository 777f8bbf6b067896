using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Http;

/// <summary>Wiring of the one problem shape for requests that went wrong before, in or after an endpoint.</summary>
public static class ApiProblemsExtensions
{
    /// <summary>Has minimal APIs throw on a request they cannot bind (in every environment), so <see cref="UseApiProblems"/> can answer it.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>
    /// Answers those requests with a 400 validation problem in Swedish, unexpected failures with a Swedish 500 that names
    /// a correlation id, and bodiless error statuses with a problem (see <see cref="RequestProblems"/>); add it early.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) => app.UseMiddleware<RequestProblems>();
}
