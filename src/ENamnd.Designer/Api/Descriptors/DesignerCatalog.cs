using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>The fixed lists the designer asks for: expression syntaxes, storage drivers and variable types.</summary>
public static class DesignerCatalog
{
    private static readonly Dictionary<string, (string DisplayName, bool IsBrowsable, string? MonacoLanguage)> Syntaxes = new(StringComparer.OrdinalIgnoreCase)
    {
        [ExpressionTypes.Literal] = ("Literal", false, null),
        [ExpressionTypes.Object] = ("Objekt", false, "json"),
        [ExpressionTypes.Variable] = ("Variabel", true, null),
        [ExpressionTypes.JavaScript] = ("JavaScript", true, "javascript"),
        [ExpressionTypes.Liquid] = ("Liquid", true, "liquid"),
        [ExpressionTypes.CSharp] = ("C#", true, "csharp"),
    };

    /// <summary>
    /// The descriptors of the syntaxes the engine evaluates, in the engine's order. A syntax turned off here (C# unless the
    /// administrator turns it on) is listed but not offered, as in Elsa, so a stored definition that uses it still shows.
    /// </summary>
    public static IReadOnlyList<ExpressionDescriptor> ExpressionsFor(IEnumerable<IExpressionEvaluator> evaluators) =>
        evaluators.Select(evaluator =>
        {
            var (displayName, browsable, language) = Syntaxes.GetValueOrDefault(evaluator.Type, (evaluator.Type, true, null));
            var properties = language is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["MonacoLanguage"] = language };
            return new ExpressionDescriptor(evaluator.Type, displayName, IsSerializable: true, browsable && evaluator.IsEnabled, properties);
        }).ToList();

    /// <summary>The storage drivers; the engine keeps every variable with the instance, whichever is chosen.</summary>
    public static IReadOnlyList<StorageDriverDescriptor> StorageDrivers { get; } =
    [
        new("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", "Arbetsflödesinstans", 5, false),
        new("Elsa.Workflows.MemoryStorageDriver, Elsa.Workflows.Core", "Minne", 0, false),
    ];

    /// <summary>
    /// The log persistence strategies the editor offers (its Log persistence tab writes the chosen type name into
    /// <c>logPersistenceConfig</c>): those the engine resolves, see <see cref="LogPersistenceSettings.Strategies"/>.
    /// </summary>
    public static IReadOnlyList<StrategyDescriptor> LogPersistenceStrategies { get; } =
    [
        new("Elsa.Workflows.LogPersistence.Strategies.Exclude, Elsa.Workflows.Core", "Exclude", "Värdet sparas inte i journalen."),
        new("Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", "Include", "Värdet sparas i journalen."),
        new("Elsa.Workflows.LogPersistence.Strategies.Inherit, Elsa.Workflows.Core", "Inherit", "Inställningen på nivån ovanför gäller: aktivitetens, arbetsflödets, annars sparas värdet."),
    ];

    /// <summary>The variable types the engine converts values to.</summary>
    public static IReadOnlyList<VariableTypeDescriptor> VariableTypes { get; } =
    [
        new("String", "Text", "Primitiver", "En textsträng."),
        new("Boolean", "Sant/falskt", "Primitiver", "Ett sanningsvärde."),
        new("Int32", "Heltal", "Primitiver", "Ett heltal (32 bitar)."),
        new("Int64", "Stort heltal", "Primitiver", "Ett heltal (64 bitar)."),
        new("Decimal", "Decimaltal", "Primitiver", "Ett exakt decimaltal, t.ex. belopp."),
        new("Double", "Flyttal", "Primitiver", "Ett flyttal."),
        new("DateTimeOffset", "Tidpunkt", "Tid", "En tidpunkt med tidszon."),
        new("TimeSpan", "Tidsperiod", "Tid", "En tidslängd, t.ex. 2.00:00:00."),
        new("Object", "Objekt", "Dynamiska", "Vilket värde som helst."),
        new("JsonObject", "JSON-objekt", "Dynamiska", "Ett JSON-objekt."),
    ];
}
