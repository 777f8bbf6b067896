using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Http;

/// <summary>Wiring of the one problem shape for requests the endpoints cannot even bind.</summary>
public static class ApiProblemsExtensions
{
    /// <summary>Has minimal APIs throw on a request they cannot bind (in every environment), so <see cref="UseApiProblems"/> can answer it.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>Answers those requests with a 400 validation problem in Swedish; add it before the endpoints run.</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) => app.UseMiddleware<BindingProblems>();
}
