namespace ENamnd.Designer.Hosting;

/// <summary>Settings of the workflow designer pages (<c>Designer</c> section).</summary>
public sealed class DesignerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Designer";

    /// <summary>
    /// The folder holding the Elsa Studio bundle (<c>_framework/</c>, <c>_content/</c>, …). Relative paths start at the
    /// content root. Unset: <c>designer</c> next to the host (a published host), else the npm install folder the build recorded.
    /// </summary>
    public string? BundlePath { get; set; }

    /// <summary>Where the header's "Logga ut" button posts to: the host's sign-out endpoint.</summary>
    public string SignOutPath { get; set; } = "/logout";

    /// <summary>The host application's main menu, shown in the header (landmark "Huvudmeny") so the designer leads back to the app.</summary>
    public IReadOnlyList<DesignerMenuLink> MainMenu { get; set; } = [];
}
