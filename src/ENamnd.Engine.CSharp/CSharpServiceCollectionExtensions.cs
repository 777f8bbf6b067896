using ENamnd.Engine.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.CSharp;

/// <summary>Registers the C# expression syntax with the engine.</summary>
public static class CSharpServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>CSharp</c> syntax (used by C# expressions and <c>RunCSharp</c>). It is registered even when
    /// <paramref name="options"/> turn it off, so a definition that uses C# is refused with a message saying how to turn it on.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cache size is below 1.</exception>
    public static IServiceCollection AddCSharpExpressions(this IServiceCollection services, CSharpOptions options)
    {
        if (options.CacheSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.CacheSize, $"{CSharpOptions.Section}:CacheSize måste vara minst 1.");
        services.AddSingleton(options);
        services.AddSingleton<CSharpEvaluator>();
        services.AddSingleton<IExpressionEvaluator>(p => p.GetRequiredService<CSharpEvaluator>());
        return services;
    }
}
