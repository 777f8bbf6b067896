using System.Dynamic;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CSharp.RuntimeBinder;

namespace ENamnd.Engine.CSharp;

/// <summary>Compiles scripts with Roslyn against <see cref="CSharpGlobals"/>, with the references and namespaces Elsa gives C# scripts.</summary>
internal static class CSharpCompiler
{
    private const int MaxErrorsShown = 5;

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(
            typeof(CSharpGlobals).Assembly,
            typeof(ActivityExecutionContext).Assembly,
            typeof(object).Assembly,
            typeof(Enumerable).Assembly,
            typeof(List<>).Assembly,
            typeof(JsonSerializer).Assembly,
            typeof(ExpandoObject).Assembly,
            typeof(CSharpArgumentInfo).Assembly)
        .WithImports("System", "System.Linq", "System.Collections.Generic", "System.Dynamic", "System.Text.Json", typeof(JsonNode).Namespace!)
        .WithOptimizationLevel(OptimizationLevel.Release);

    /// <summary>Compiles <paramref name="source"/>; a script with errors gives them (the first few) instead of a delegate.</summary>
    public static CompiledScript Compile(string source)
    {
        var script = CSharpScript.Create<object>(source, Options, typeof(CSharpGlobals));
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            return new CompiledScript(null, string.Join("; ", errors.Take(MaxErrorsShown).Select(d => d.ToString())));
        return new CompiledScript(script.CreateDelegate(), null);
    }
}
