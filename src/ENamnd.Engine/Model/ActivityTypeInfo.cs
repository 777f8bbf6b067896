using System.Collections.Concurrent;
using System.Reflection;

namespace ENamnd.Engine.Model;

/// <summary>The type name and version of an activity class, read once from its <see cref="ActivityAttribute"/>.</summary>
public sealed record ActivityTypeInfo(string TypeName, int Version, ActivityAttribute Attribute)
{
    private static readonly ConcurrentDictionary<Type, ActivityTypeInfo> Cache = new();

    /// <summary>The metadata of an activity class.</summary>
    public static ActivityTypeInfo Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var attribute = t.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{t.FullName} has no [Activity] attribute.");
        return new ActivityTypeInfo($"{attribute.Namespace}.{attribute.Name}", attribute.Version, attribute);
    });
}
