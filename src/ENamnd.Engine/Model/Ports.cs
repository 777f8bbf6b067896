namespace ENamnd.Engine.Model;

/// <summary>Port names every flow activity has.</summary>
public static class Ports
{
    /// <summary>The default outcome port.</summary>
    public const string Done = "Done";

    /// <summary>The default inbound port.</summary>
    public const string In = "In";
}
