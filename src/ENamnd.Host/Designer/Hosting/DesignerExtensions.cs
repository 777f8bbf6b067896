namespace ENamnd.Host.Designer.Hosting;

/// <summary>Wiring of the workflow designer pages (the Elsa Studio bundle under <c>/designer</c>).</summary>
public static class DesignerExtensions
{
    /// <summary>Adds the designer's options and its bundle.</summary>
    public static IServiceCollection AddENamndDesigner(this IServiceCollection services)
    {
        services.AddOptions<DesignerOptions>().BindConfiguration(DesignerOptions.Section);
        services.AddSingleton<DesignerBundle>();
        services.AddSingleton<Api.Definitions.DefinitionIntake>();
        return services;
    }

    /// <summary>Maps <c>/designer</c>: the pages and the bundle's files.</summary>
    public static IEndpointRouteBuilder MapENamndDesigner(this IEndpointRouteBuilder endpoints)
    {
        // Resolved now, so a missing bundle is reported when the host starts rather than on the first visit.
        _ = endpoints.ServiceProvider.GetRequiredService<DesignerBundle>();
        DesignerPages.Map(endpoints);
        return endpoints;
    }
}
