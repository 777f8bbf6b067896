using System.Reflection;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>An activity input: an <c>Input&lt;T&gt;</c> property (wrapped) or a plain property marked <c>[Input]</c>.</summary>
public sealed record ActivityInputProperty(PropertyInfo Property, InputAttribute? Attribute, bool IsWrapped)
{
    /// <summary>The type of the input's value.</summary>
    public Type ValueType => IsWrapped ? Property.PropertyType.GetGenericArguments()[0] : Property.PropertyType;
}
