using System.Security.Cryptography;

namespace ENamnd.Engine.Runtime;

/// <summary>Random identifiers for instances, bookmarks, executions and activities.</summary>
public static class IdGenerator
{
    /// <summary>A 32-hex-digit id for instances and bookmarks.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A 16-hex-digit id, the length Elsa Studio gives new activities.</summary>
    public static string NewShortId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
