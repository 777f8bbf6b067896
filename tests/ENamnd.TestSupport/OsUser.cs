using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ENamnd.TestSupport;

/// <summary>An operating-system account that commands can be run as, through <c>setpriv</c> (util-linux).</summary>
public sealed class OsUser
{
    private OsUser(string name) => Name = name;

    /// <summary>The account name.</summary>
    public string Name { get; }

    /// <summary>Whether this process runs with root's effective user id.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>The account <paramref name="name"/>; it must exist.</summary>
    public static async Task<OsUser> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var result = await ExternalCommand.RunAsync("id", ["-u", name], cancellationToken: cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"The OS user '{name}' does not exist ({result.Output.Trim()}).");
        return new OsUser(name);
    }

    /// <summary>Gives <paramref name="path"/> and everything under it to this user and its login group.</summary>
    public async Task TakeOwnershipAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await ExternalCommand.RunAsync("chown", ["-R", $"{Name}:", path], cancellationToken: cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"chown of {path} to {Name} failed: {result.Output.Trim()}");
    }

    /// <summary>A start info that runs the command as this user (needs root).</summary>
    public ProcessStartInfo Wrap(string fileName, IEnumerable<string> arguments) =>
        new("setpriv", [$"--reuid={Name}", $"--regid={Name}", "--init-groups", "--", fileName, .. arguments]);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint geteuid();
}
