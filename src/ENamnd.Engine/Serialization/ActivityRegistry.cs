using System.Collections.Concurrent;
using System.Reflection;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>The activity classes the engine knows, by Elsa type name and version.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<(string TypeName, int Version), Type> types = [];
    private readonly Dictionary<string, string> formerNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string TypeName, int Version), byte> missing = new();

    /// <summary>The most missing (type, version) pairs remembered; more are still read as placeholders, just not listed.</summary>
    public const int MaxMissingTypes = 500;

    /// <summary>The (type, version) pairs that definitions read so far named and no class implements (see <see cref="Activities.NotFoundActivity"/>).</summary>
    public IReadOnlyCollection<(string TypeName, int Version)> MissingTypes => missing.Keys.ToList();

    /// <summary>Every registered activity class.</summary>
    public IEnumerable<Type> Types => types.Values;

    /// <summary>Registers an activity class.</summary>
    public ActivityRegistry Register(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            throw new ArgumentException($"{type.FullName} is not a concrete activity with a parameterless constructor.", nameof(type));
        var info = ActivityTypeInfo.Of(type);
        if (types.TryGetValue((info.TypeName, info.Version), out var existing) && existing != type)
            throw new ArgumentException($"{info.TypeName} v{info.Version} is declared by both {existing.FullName} and {type.FullName}.", nameof(type));
        types[(info.TypeName, info.Version)] = type;
        foreach (var former in info.Attribute.FormerTypeNames) formerNames[former] = info.TypeName;
        return this;
    }

    /// <summary>Registers every activity class of an assembly.</summary>
    public ActivityRegistry RegisterAll(Assembly assembly)
    {
        // A workflow used as an activity takes its type name from the workflow, not from a class: the serializer
        // recognises such nodes by their workflowDefinitionId.
        foreach (var type in assembly.GetTypes().Where(t => t.GetCustomAttribute<ActivityAttribute>() is not null && t != typeof(Activities.WorkflowDefinitionActivity)))
            Register(type);
        return this;
    }

    /// <summary>The class of a type name (or a former one) and version; without a version, the newest.</summary>
    public Type? Find(string typeName, int? version = null)
    {
        if (!types.Keys.Any(k => k.TypeName == typeName) && formerNames.TryGetValue(typeName, out var current)) typeName = current;
        if (version is { } v) return types.GetValueOrDefault((typeName, v));
        return types.Where(p => p.Key.TypeName == typeName).OrderByDescending(p => p.Key.Version).Select(p => p.Value).FirstOrDefault();
    }

    /// <summary>Remembers a (type, version) a definition named that no class implements, so the designer can be told of it.</summary>
    public void NoteMissing(string typeName, int version)
    {
        if (missing.Count < MaxMissingTypes) missing.TryAdd((typeName, version), 0);
    }
}
