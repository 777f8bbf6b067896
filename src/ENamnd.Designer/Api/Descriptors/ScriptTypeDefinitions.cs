using System.Text;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>The TypeScript declarations the JavaScript editor completes against: what the engine gives a script.</summary>
public static class ScriptTypeDefinitions
{
    private static readonly (string Declaration, string Summary)[] Common =
    [
        ("getVariable(name: string): any", "Hämtar en variabels värde."),
        ("setVariable(name: string, value: any): void", "Ger en variabel ett nytt värde."),
        ("getInput(name: string): any", "Hämtar ett värde ur arbetsflödets indata."),
        ("getOutputFrom(activityId: string, outputName?: string): any", "Hämtar en utdata (Result om inget namn ges) från en aktivitet som redan har körts."),
        ("getLastResult(): any", "Resultatet från den senast körda aktiviteten."),
        ("getWorkflowDefinitionId(): string", "Arbetsflödets definitions-id."),
        ("getWorkflowDefinitionVersionId(): string", "Id för arbetsflödets version."),
        ("getWorkflowDefinitionVersion(): number", "Arbetsflödets versionsnummer."),
        ("getWorkflowInstanceId(): string", "Instansens id."),
        ("getCorrelationId(): string | null", "Ärendenumret (korrelations-id)."),
        ("setCorrelationId(value: string): void", "Byter ärendenumret (korrelations-id)."),
        ("getWorkflowInstanceName(): string | null", "Instansens namn."),
        ("setWorkflowInstanceName(value: string): void", "Byter instansens namn."),
        ("isNullOrWhiteSpace(value: string): boolean", "Om texten saknas eller bara är blanksteg."),
        ("isNullOrEmpty(value: string): boolean", "Om texten saknas eller är tom."),
        ("toJson(value: any): string", "Värdet som JSON-text."),
        ("parseGuid(value: string): string", "Tolkar texten som ett GUID."),
        ("newGuid(): string", "Ett nytt GUID."),
        ("newGuidString(): string", "Ett nytt GUID som text."),
        ("newShortGuid(): string", "Ett nytt kort GUID."),
        ("stringToBase64(value: string): string", "Texten kodad i Base64."),
        ("stringFromBase64(value: string): string", "Texten avkodad från Base64."),
        ("createEventTriggerUrl(eventName: string, lifetimeOrExpiry?: string | Date): string",
            "En länk som utlöser händelsen i den här instansen en gång, utan inloggning (giltighetstid som 2.00:00:00, eller en tidpunkt)."),
    ];

    /// <summary>The declarations for scripts of a definition (its variables, inputs and activity outputs typed), or the general ones without it.</summary>
    public static string For(WorkflowDefinition? definition)
    {
        var text = new StringBuilder();
        foreach (var (declaration, summary) in Common) Declare(text, declaration, summary);
        foreach (var variable in (definition?.Variables ?? []).Where(v => ElsaNames.IsScriptName(v.Name)))
        {
            var type = TypeOf(variable.TypeName) + (variable.IsArray ? "[]" : "");
            var pascal = ElsaNames.Pascalize(variable.Name);
            Declare(text, $"get{pascal}(): {type}", $"Hämtar variabeln {variable.Name}.");
            Declare(text, $"set{pascal}(value: {type}): void", $"Ger variabeln {variable.Name} ett nytt värde.");
        }
        foreach (var input in (definition?.Inputs ?? []).Where(i => ElsaNames.IsScriptName(i.Name)))
            Declare(text, $"get{ElsaNames.Pascalize(input.Name)}(): {TypeOf(input.Type)}{(input.IsArray ? "[]" : "")}", $"Hämtar indata {input.Name}.");
        foreach (var accessor in OutputAccessors(definition))
            Declare(text, $"{accessor}(): any", "Hämtar en utdata från en aktivitet som redan har körts.");
        text.AppendLine("/** Arbetsflödets variabler; tilldelningar sparas. */");
        text.AppendLine("declare const variables: {");
        foreach (var variable in definition?.Variables ?? [])
            text.AppendLine($"    {Quote(variable.Name)}: {TypeOf(variable.TypeName)}{(variable.IsArray ? "[]" : "")};");
        text.AppendLine("    [name: string]: any;");
        text.AppendLine("};");
        text.AppendLine("/** Arbetsflödets indata. */");
        text.AppendLine("declare const input: { [name: string]: any };");
        text.AppendLine("/** Ärendenumret (korrelations-id). */");
        text.AppendLine("declare const correlationId: string | null;");
        text.AppendLine("/** Instansens id. */");
        text.AppendLine("declare const workflowInstanceId: string;");
        return text.ToString();
    }

    // get{Output}From{Activity} for every named activity with declared outputs, as the engine makes them.
    private static IEnumerable<string> OutputAccessors(WorkflowDefinition? definition)
    {
        if (definition is null) return [];
        return Flatten(definition.Root)
            .Where(a => ElsaNames.IsScriptName(a.Name))
            .SelectMany(a => ActivityProperties.Of(a.GetType()).Outputs.Select(o => $"get{o.Name}From{ElsaNames.Pascalize(a.Name!)}"))
            .Distinct();
    }

    private static IEnumerable<Activity> Flatten(Activity activity) => [activity, .. activity.Children.SelectMany(Flatten)];

    private static void Declare(StringBuilder text, string declaration, string summary)
    {
        text.AppendLine($"/** {summary} */");
        text.AppendLine($"declare function {declaration};");
    }

    private static string Quote(string name) => $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    private static string TypeOf(string typeName) => typeName switch
    {
        "String" or "DateTimeOffset" or "DateTime" or "TimeSpan" or "Guid" => "string",
        "Boolean" => "boolean",
        "Int32" or "Int64" or "Decimal" or "Double" or "Single" => "number",
        _ => "any",
    };
}
