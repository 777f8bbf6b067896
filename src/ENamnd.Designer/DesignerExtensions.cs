using ENamnd.Designer.Api;
using ENamnd.Designer.Api.Definitions;
using ENamnd.Designer.Api.Tokens;
using ENamnd.Designer.Hosting;

namespace ENamnd.Designer;

/// <summary>Wiring of the workflow designer pages (the Elsa Studio bundle under <c>/designer</c>).</summary>
public static class DesignerExtensions
{
    /// <summary>Adds the designer's options and its bundle.</summary>
    public static IServiceCollection AddENamndDesigner(this IServiceCollection services)
    {
        services.AddOptions<DesignerOptions>().BindConfiguration(DesignerOptions.Section);
        services.AddSingleton<DesignerBundle>();
        services.AddSingleton<DefinitionIntake>();
        services.AddSingleton<TokenResumption>();
        return services;
    }

    /// <summary>
    /// Maps <c>/designer</c> (the pages and the bundle's files) and the designer's API under <c>/elsa/api</c>, in one group:
    /// the caller adds who may reach them (the host requires a signed-in coordinator).
    /// </summary>
    public static RouteGroupBuilder MapENamndDesigner(this IEndpointRouteBuilder endpoints)
    {
        // Resolved now, so a missing bundle is reported when the host starts rather than on the first visit.
        _ = endpoints.ServiceProvider.GetRequiredService<DesignerBundle>();
        var designer = endpoints.MapGroup("");
        DesignerPages.Map(designer);
        designer.MapDesignerApi();
        return designer;
    }
}
