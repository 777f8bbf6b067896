namespace ENamnd.TestSupport;

/// <summary>How an external command ended: its exit code and its standard output and error, interleaved.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    /// <summary>Whether the command exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
