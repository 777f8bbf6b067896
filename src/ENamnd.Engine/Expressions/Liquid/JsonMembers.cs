using System.Text.Json.Nodes;
using Fluid.Values;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>
/// The members of a JSON object (or of the workflow's variables or input) as Liquid reads them: by exact name, converted
/// when read, so a template pays only for the members it uses. A missing member is nil.
/// </summary>
internal sealed class JsonMembers(Func<IEnumerable<string>> keys, Func<string, (bool Found, JsonNode? Value)> lookup) : IFluidIndexable
{
    /// <inheritdoc />
    public int Count => keys().Count();

    /// <inheritdoc />
    public IEnumerable<string> Keys => keys();

    /// <inheritdoc />
    public bool TryGetValue(string name, out FluidValue value)
    {
        var (found, node) = lookup(name);
        value = found ? JsonFluidValue.From(node) : NilValue.Instance;
        return found;
    }
}
