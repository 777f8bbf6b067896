namespace ENamnd.Host.Features;

/// <summary>Registers one feature on its own, e.g. for a test harness that needs only that feature's services.</summary>
public static class HostFeatureExtensions
{
    /// <summary>Adds the services of <typeparamref name="TFeature"/>.</summary>
    public static IServiceCollection AddFeature<TFeature>(this IServiceCollection services) where TFeature : IHostFeature, new()
    {
        new TFeature().AddServices(services);
        return services;
    }
}
