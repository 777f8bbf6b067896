using Microsoft.CodeAnalysis.Scripting;

namespace ENamnd.Engine.CSharp;

/// <summary>A script compiled once: the delegate that runs it, or the compiler's errors.</summary>
internal sealed record CompiledScript(ScriptRunner<object>? Runner, string? Errors);
