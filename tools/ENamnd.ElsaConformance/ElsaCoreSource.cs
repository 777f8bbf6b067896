using System.Diagnostics;
using System.Text;

namespace ENamnd.ElsaConformance;

/// <summary>
/// Reads files of an elsa-core checkout (a folder with <c>test/</c>) or of a git directory (bare or not, read at
/// <c>HEAD</c> with <c>git show</c>). Nothing is copied: each file is read when it is imported.
/// </summary>
public sealed class ElsaCoreSource
{
    private readonly string root;
    private readonly bool fromGit;

    private ElsaCoreSource(string root, bool fromGit, string? commit)
    {
        this.root = root;
        this.fromGit = fromGit;
        Commit = commit;
    }

    /// <summary>The commit read (HEAD), when the source is a git repository.</summary>
    public string? Commit { get; }

    /// <summary>Opens <paramref name="path"/>: a checkout's folder is read as files, anything else through git.</summary>
    public static async Task<ElsaCoreSource> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full)) throw new ArgumentException($"'{path}' is not a folder.");
        var head = await GitAsync(full, ["rev-parse", "HEAD"], cancellationToken);
        var commit = head.ExitCode == 0 ? head.Output.Trim() : null;
        if (Directory.Exists(Path.Combine(full, "test"))) return new ElsaCoreSource(full, fromGit: false, commit);
        if (commit is null) throw new ArgumentException($"'{path}' is neither an elsa-core checkout (no test folder) nor a git directory: {head.Error.Trim()}");
        return new ElsaCoreSource(full, fromGit: true, commit);
    }

    /// <summary>The text of <paramref name="relativePath"/> (relative to the elsa-core root), or null when there is no such file.</summary>
    public async Task<string?> ReadAsync(string relativePath, CancellationToken cancellationToken)
    {
        if (!fromGit)
        {
            var file = Path.Combine(root, relativePath);
            return File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : null;
        }
        var show = await GitAsync(root, ["show", $"HEAD:{relativePath}"], cancellationToken);
        return show.ExitCode == 0 ? show.Output : null;
    }

    private static async Task<(int ExitCode, string Output, string Error)> GitAsync(string directory, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        var output = git.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = git.StandardError.ReadToEndAsync(cancellationToken);
        await git.WaitForExitAsync(cancellationToken);
        return (git.ExitCode, await output, await error);
    }
}
