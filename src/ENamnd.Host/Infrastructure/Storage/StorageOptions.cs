namespace ENamnd.Host.Infrastructure.Storage;

/// <summary>Where the host keeps its files (<c>Storage</c> section).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>The data directory: the SQLite file, logs, mail pickup, the generated coordinator key. Relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The data directory as a full path.</summary>
    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
