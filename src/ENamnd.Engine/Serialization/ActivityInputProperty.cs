using System.Reflection;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>An activity input: an <c>Input&lt;T&gt;</c> property (wrapped) or a plain property marked <c>[Input]</c>.</summary>
public sealed record ActivityInputProperty(PropertyInfo Property, InputAttribute? Attribute, bool IsWrapped)
{
    /// <summary>The type of the input's value.</summary>
    public Type ValueType => IsWrapped ? Property.PropertyType.GetGenericArguments()[0] : Property.PropertyType;

    /// <summary>
    /// Whether the value holds child activities (e.g. the cases of <c>Elsa.Switch</c>, each with its activity): such an input
    /// is not converted as a plain value; the activity reads and writes it in its own <c>ReadJson</c>/<c>WriteJson</c>.
    /// </summary>
    public bool HoldsActivities { get; } = !IsWrapped && ElementType(Property.PropertyType)?.GetProperties().Any(p => typeof(Activity).IsAssignableFrom(p.PropertyType)) == true;

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;
}
