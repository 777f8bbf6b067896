using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Http;

/// <summary>
/// Holds what an endpoint binds from the request body to <see cref="RequestText"/>'s rule before the endpoint runs;
/// bodies read by hand with <see cref="JsonRequestBody"/> are checked there. Added to each API group with
/// <see cref="WithRequestText{TBuilder}"/>.
/// </summary>
public static class RequestTextFilter
{
    /// <summary>Checks the text of every body the group's endpoints bind (see <see cref="RequestText"/>).</summary>
    public static TBuilder WithRequestText<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var bodies = factory.MethodInfo.GetParameters().Where(p => IsBody(p, services)).Select(p => p.Position).ToArray();
            if (bodies.Length == 0) return next;
            return async context =>
            {
                foreach (var position in bodies)
                {
                    var errors = RequestText.Check(context.Arguments[position]);
                    if (errors.Count > 0) return ApiProblems.Invalid(errors);
                }
                return await next(context);
            };
        });

    // Minimal APIs' own inference: an explicit [FromBody], else a complex type that is no service, no special type,
    // not bound from route, query, header, form or [AsParameters], and has no TryParse of its own.
    private static bool IsBody(ParameterInfo parameter, IServiceProviderIsService? services)
    {
        if (parameter.GetCustomAttribute<FromBodyAttribute>() is not null) return true;
        if (parameter.GetCustomAttributes().Any(a => a is FromRouteAttribute or FromQueryAttribute or FromHeaderAttribute or FromFormAttribute
                or FromServicesAttribute or AsParametersAttribute or FromKeyedServicesAttribute)) return false;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type.IsValueType) return false;
        if (type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse) || type == typeof(ClaimsPrincipal) ||
            typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type) || type == typeof(Stream)) return false;
        if (type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static) is not null) return false;
        return services?.IsService(type) != true;
    }
}
