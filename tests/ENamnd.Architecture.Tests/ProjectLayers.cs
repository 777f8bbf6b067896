namespace ENamnd.Architecture.Tests;

/// <summary>The src projects from the bottom layer up, and which of them each may reference.</summary>
internal static class ProjectLayers
{
    /// <summary>What the HTTP APIs share (the one error shape, the JSON body reader); ASP.NET Core only, references no other src project.</summary>
    public const string Http = "ENamnd.Http";

    /// <summary>The kernel; references no other src project.</summary>
    public const string Engine = "ENamnd.Engine";

    /// <summary>C# expressions with Roslyn scripting, kept out of the kernel; may reference the engine.</summary>
    public const string EngineCSharp = "ENamnd.Engine.CSharp";

    /// <summary>Domain activities; may reference the engine.</summary>
    public const string Activities = "ENamnd.Activities";

    /// <summary>The process declared in code; may reference activities and the engine.</summary>
    public const string Workflows = "ENamnd.Workflows";

    /// <summary>The database: context, rows, migrations, durable stores, outbox and ledger; may reference the process and below.</summary>
    public const string Persistence = "ENamnd.Persistence";

    /// <summary>The workflow designer's API and hosting; may reference persistence, the engine and the HTTP helpers, not the committee's domain.</summary>
    public const string Designer = "ENamnd.Designer";

    /// <summary>The composition root; may reference any other src project.</summary>
    public const string Host = "ENamnd.Host";

    /// <summary>All layers, lowest first.</summary>
    public static readonly IReadOnlyList<string> Order = [Http, Engine, EngineCSharp, Activities, Workflows, Persistence, Designer, Host];

    /// <summary>The projects each layer may reference (directly).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> MayReference = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [Http] = [],
        [Engine] = [],
        [EngineCSharp] = [Engine],
        [Activities] = [Engine],
        [Workflows] = [Activities, Engine],
        [Persistence] = [Workflows, Activities, Engine],
        [Designer] = [Persistence, Engine, Http],
        [Host] = [Designer, Persistence, Workflows, Activities, EngineCSharp, Engine, Http],
    };

    /// <summary>The direction rule as people write it.</summary>
    public const string Direction = "Host → (Designer, Persistence) → Workflows → Activities → Engine; the designer knows the engine and persistence only; Host and Designer share Http, which knows no other project; only the host adds Engine.CSharp, which knows the engine only";

    /// <summary>True when <paramref name="projectName"/> may reference <paramref name="reference"/>.</summary>
    public static bool Allows(string projectName, string reference) =>
        MayReference.TryGetValue(projectName, out var allowed) && allowed.Contains(reference, StringComparer.OrdinalIgnoreCase);

    /// <summary>The position of <paramref name="projectName"/> in <see cref="Order"/>, or -1 when it has no layer.</summary>
    public static int IndexOf(string projectName) =>
        Order.ToList().FindIndex(name => string.Equals(name, projectName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The repository-relative path of a layer's project file.</summary>
    public static string ProjectPath(string projectName) => $"src/{projectName}/{projectName}.csproj";
}
