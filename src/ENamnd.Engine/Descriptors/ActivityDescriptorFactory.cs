using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Descriptors;

/// <summary>
/// Generates Elsa activity descriptors from activity classes, so a new activity needs no hand-written JSON. An activity
/// whose script is in a syntax that is turned off here (RunCSharp without C#) is kept out of the toolbox, as in Elsa.
/// </summary>
public sealed class ActivityDescriptorFactory(ActivityRegistry registry, ExpressionEvaluator expressions)
{
    private readonly ConcurrentDictionary<Type, ActivityDescriptor> cache = new();

    /// <summary>
    /// The descriptors of every registered activity, and of every (type, version) read definitions named that the engine
    /// lacks: the designer draws a node only when it has a descriptor for it, and a placeholder must stay visible.
    /// </summary>
    public IReadOnlyList<ActivityDescriptor> DescribeAll() => DescribeAll(new HashSet<(string, int)>());

    /// <summary>
    /// As <see cref="DescribeAll()"/>, without a placeholder for the (type, version) pairs in <paramref name="describedElsewhere"/>
    /// (say, a workflow usable as an activity that has the name): the designer must get one descriptor per type and version.
    /// </summary>
    public IReadOnlyList<ActivityDescriptor> DescribeAll(IReadOnlySet<(string TypeName, int Version)> describedElsewhere) =>
        registry.Types.Select(Describe)
            .Concat(registry.MissingTypes.Where(m => !describedElsewhere.Contains(m)).Select(m => DescribeMissing(m.TypeName, m.Version)))
            .OrderBy(d => d.TypeName, StringComparer.Ordinal).ThenBy(d => d.Version).ToList();

    /// <summary>The descriptor of a placeholder for a type the engine lacks: not in the toolbox, one <c>Done</c> port.</summary>
    public static ActivityDescriptor DescribeMissing(string typeName, int version)
    {
        var dot = typeName.LastIndexOf('.');
        return new ActivityDescriptor
        {
            TypeName = typeName,
            Namespace = dot > 0 ? typeName[..dot] : "",
            Name = typeName[(dot + 1)..],
            Version = version,
            Category = "Saknas",
            DisplayName = $"Saknas: {typeName}",
            Description = "Motorn har inte den här aktivitetstypen. Noden behålls som den är, men arbetsflödet stoppas med ett fel om den körs.",
            Ports = [new PortDescriptor(Model.Ports.Done, Model.Ports.Done)],
            IsBrowsable = false,
        };
    }

    /// <summary>The descriptor of one activity class.</summary>
    public ActivityDescriptor Describe(Type type) => cache.GetOrAdd(type, Create);

    private ActivityDescriptor Create(Type type)
    {
        var info = ActivityTypeInfo.Of(type);
        var attribute = info.Attribute;
        var sample = (Activity)Activator.CreateInstance(type)!;
        var properties = ActivityProperties.Of(type);
        return new ActivityDescriptor
        {
            TypeName = info.TypeName,
            Namespace = attribute.Namespace,
            Name = attribute.Name,
            Version = info.Version,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName ?? attribute.Name,
            Description = attribute.Description,
            Kind = attribute.Kind.ToString(),
            Inputs = properties.Inputs.Select(p => DescribeInput(p, sample)).ToList(),
            Outputs = properties.Outputs.Select(DescribeOutput).ToList(),
            Ports = [.. properties.Ports.Select(DescribePort), .. (type.GetCustomAttribute<FlowNodeAttribute>()?.Outcomes ?? []).Select(o => new PortDescriptor(o, o))],
            IsContainer = sample.Children.Any() || type.GetProperty("Activities")?.PropertyType == typeof(List<Activity>),
            IsBrowsable = attribute.IsBrowsable && properties.Inputs.All(p => p.Attribute?.SourceSyntax is not { } syntax || expressions.IsEnabled(syntax)),
            IsStart = attribute.IsStart,
            IsTerminal = attribute.IsTerminal,
        };
    }

    private static InputDescriptor DescribeInput(ActivityInputProperty input, Activity sample)
    {
        var attribute = input.Attribute;
        var valueType = Nullable.GetUnderlyingType(input.ValueType) ?? input.ValueType;
        var options = attribute?.Options ?? (valueType.IsEnum ? Enum.GetNames(valueType) : null);
        var uiHint = attribute?.UIHint ?? DefaultUIHint(valueType, options);
        var defaultValue = attribute?.DefaultValue is { } given
            ? ValueConverter.ToNode(given)
            : input.Property.GetValue(sample) is Input { Expression.Type: ExpressionTypes.Literal } literal ? literal.Expression.Value?.DeepClone() : null;
        return new InputDescriptor
        {
            Name = input.Property.Name,
            TypeName = TypeAliases.AliasOf(input.ValueType),
            DisplayName = attribute?.DisplayName ?? input.Property.Name,
            Description = attribute?.Description,
            Order = attribute?.Order ?? 0,
            IsBrowsable = attribute?.IsBrowsable ?? true,
            IsWrapped = input.IsWrapped,
            IsSensitive = attribute?.IsSensitive ?? false,
            UIHint = uiHint,
            Category = attribute?.Category,
            DefaultValue = defaultValue,
            DefaultSyntax = attribute?.DefaultSyntax ?? ExpressionTypes.Literal,
            UISpecifications = options is null ? null : uiHint == CheckList ? CheckListOf(options) : DropdownOf(options),
        };
    }

    private static OutputDescriptor DescribeOutput(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<OutputAttribute>();
        var valueType = property.PropertyType.GetGenericArguments()[0];
        return new OutputDescriptor(property.Name, TypeAliases.AliasOf(valueType), attribute?.DisplayName ?? property.Name, attribute?.Description, 0, attribute?.IsBrowsable ?? true);
    }

    // An embedded port, as Elsa describes a [Port] property: the name finds the nested activity (camelCased) in the JSON.
    private static PortDescriptor DescribePort(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<PortAttribute>();
        return new PortDescriptor(property.Name, attribute?.DisplayName ?? property.Name, "Embedded", attribute?.IsBrowsable ?? true);
    }

    private static string DefaultUIHint(Type valueType, string[]? options) =>
        options is not null ? "dropdown"
        : valueType == typeof(bool) ? "checkbox"
        : valueType == typeof(DateTimeOffset) || valueType == typeof(DateTime) ? "datetime-picker"
        : "singleline";

    private const string CheckList = "checklist";

    // Elsa's CheckListProps: {"checklist": {"checkList": {"items": [{text, value}], "isFlagsEnum": false}}}.
    private static JsonObject CheckListOf(IEnumerable<string> options) => new()
    {
        [CheckList] = new JsonObject
        {
            ["checkList"] = new JsonObject
            {
                ["items"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["text"] = o, ["value"] = o })]),
                ["isFlagsEnum"] = false,
            },
        },
    };

    private static JsonObject DropdownOf(IEnumerable<string> options) => new()
    {
        ["dropdown"] = new JsonObject
        {
            ["selectList"] = new JsonObject
            {
                ["items"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["text"] = o, ["value"] = o })]),
            },
        },
    };
}
