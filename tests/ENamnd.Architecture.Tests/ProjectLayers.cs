namespace ENamnd.Architecture.Tests;

/// <summary>The src projects from the bottom layer up: a project may reference only projects before it.</summary>
internal static class ProjectLayers
{
    /// <summary>The kernel; references no other src project.</summary>
    public const string Engine = "ENamnd.Engine";

    /// <summary>Domain activities; may reference the engine.</summary>
    public const string Activities = "ENamnd.Activities";

    /// <summary>The process declared in code; may reference activities and the engine.</summary>
    public const string Workflows = "ENamnd.Workflows";

    /// <summary>The composition root; may reference any other src project.</summary>
    public const string Host = "ENamnd.Host";

    /// <summary>All layers, lowest first.</summary>
    public static readonly IReadOnlyList<string> Order = [Engine, Activities, Workflows, Host];

    /// <summary>The direction rule as people write it.</summary>
    public const string Direction = "Host → Workflows → Activities → Engine";

    /// <summary>The position of <paramref name="projectName"/> in <see cref="Order"/>, or -1 when it has no layer.</summary>
    public static int IndexOf(string projectName) =>
        Order.ToList().FindIndex(name => string.Equals(name, projectName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The repository-relative path of a layer's project file.</summary>
    public static string ProjectPath(string projectName) => $"src/{projectName}/{projectName}.csproj";
}
