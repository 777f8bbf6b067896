namespace ENamnd.Engine.CSharp;

/// <summary>The C# expression settings (<c>Engine:Expressions:CSharp</c>).</summary>
public sealed class CSharpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Engine:Expressions:CSharp";

    /// <summary>
    /// Whether C# expressions and RunCSharp may run. Off by default: C# scripts run with the host's full rights (Roslyn
    /// scripting is no sandbox), so only an administrator who trusts every workflow author turns it on.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>How many compiled scripts are kept; a script used again after it was dropped is compiled again.</summary>
    public int CacheSize { get; set; } = 500;

    /// <summary>The refusal given when C# is off: what is off, why, and how the administrator turns it on.</summary>
    public static string DisabledMessage { get; } =
        $"C# är avstängt i den här installationen, eftersom C#-skript körs med serverns fulla rättigheter. En administratör slår på det "
        + $"med inställningen {Section}:Enabled = true (miljövariabeln {Section.Replace(":", "__")}__Enabled=true), om alla som skriver arbetsflöden är betrodda.";
}
