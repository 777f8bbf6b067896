using System.Text;
using ENamnd.Engine.Model;

namespace ENamnd.Designer.Api.Descriptors;

/// <summary>The TypeScript declarations the JavaScript editor completes against: what the engine gives a script.</summary>
public static class ScriptTypeDefinitions
{
    /// <summary>The declarations for scripts of a definition (its variables typed), or the general ones without it.</summary>
    public static string For(WorkflowDefinition? definition)
    {
        var text = new StringBuilder();
        text.AppendLine("/** Hämtar en variabels värde. */");
        text.AppendLine("declare function getVariable(name: string): any;");
        text.AppendLine("/** Ger en variabel ett nytt värde. */");
        text.AppendLine("declare function setVariable(name: string, value: any): void;");
        text.AppendLine("/** Hämtar ett värde ur arbetsflödets indata. */");
        text.AppendLine("declare function getInput(name: string): any;");
        text.AppendLine("/** Hämtar en utdata från en aktivitet som redan har körts. */");
        text.AppendLine("declare function getOutputFrom(activityId: string, outputName: string): any;");
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

    private static string Quote(string name) => $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    private static string TypeOf(string typeName) => typeName switch
    {
        "String" or "DateTimeOffset" or "DateTime" or "TimeSpan" or "Guid" => "string",
        "Boolean" => "boolean",
        "Int32" or "Int64" or "Decimal" or "Double" or "Single" => "number",
        _ => "any",
    };
}
