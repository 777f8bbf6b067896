using System.Collections.Concurrent;
using System.Reflection;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>The inputs, outputs and embedded ports of an activity class, found by reflection once per class.</summary>
public sealed record ActivityProperties(IReadOnlyList<ActivityInputProperty> Inputs, IReadOnlyList<PropertyInfo> Outputs)
{
    /// <summary>The embedded ports: <see cref="Activity"/> properties marked <see cref="PortAttribute"/>, in declaration order.</summary>
    public IReadOnlyList<PropertyInfo> Ports { get; init; } = [];

    private static readonly ConcurrentDictionary<Type, ActivityProperties> Cache = new();

    /// <summary>The properties of an activity class.</summary>
    public static ActivityProperties Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite).ToList();
        var inputs = properties
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<InputAttribute>(), Wrapped: typeof(Input).IsAssignableFrom(p.PropertyType)))
            .Where(p => p.Wrapped || p.Attribute is not null)
            .Select(p => new ActivityInputProperty(p.Property, p.Attribute, p.Wrapped))
            .OrderBy(p => p.Attribute?.Order ?? 0)
            .ToList();
        var outputs = properties.Where(p => typeof(Output).IsAssignableFrom(p.PropertyType)).ToList();
        var ports = properties.Where(p => typeof(Activity).IsAssignableFrom(p.PropertyType) && p.GetCustomAttribute<PortAttribute>() is not null).ToList();
        return new ActivityProperties(inputs, outputs) { Ports = ports };
    });

    /// <summary>The JSON key of a property: its camelCased name.</summary>
    public static string JsonKey(PropertyInfo property) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
