using System.Runtime.InteropServices;

namespace ENamnd.Host.Infrastructure.Storage;

/// <summary>
/// Keeps the data directory to its owner: the database and its WAL, the logs, the mail pickup files (which hold live
/// task links) and the keys are readable by the host's own user only, whatever the umask the host was started with.
/// On Unix the process's file-creation mask becomes 077 (directories 0700, files 0600 from then on), and a data
/// directory made earlier, by an older version or by hand, is brought down to the same modes at start-up.
/// </summary>
internal static class PrivateFiles
{
    private const int OwnerOnlyMask = 0b000_111_111; // 077: nothing for group and others

    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>From now on this process creates files and directories for their owner only (Unix; nothing on Windows).</summary>
    public static void ForThisProcess()
    {
        if (OperatingSystem.IsWindows()) return;
        _ = SetUmask(OwnerOnlyMask);
    }

    /// <summary>
    /// Creates <paramref name="directory"/> if needed and takes group and other access away from it and everything in
    /// it; the number of entries changed (0 on Windows).
    /// </summary>
    public static int Restrict(string directory)
    {
        Directory.CreateDirectory(directory);
        if (OperatingSystem.IsWindows()) return 0;
        var changed = 0;
        changed += Tighten(directory, DirectoryMode);
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            // Links are left alone: their target may lie outside the data directory.
            var info = new FileInfo(entry);
            if (info.LinkTarget is not null) continue;
            changed += Tighten(entry, info.Attributes.HasFlag(FileAttributes.Directory) ? DirectoryMode : FileMode);
        }
        return changed;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static int Tighten(string path, UnixFileMode owner)
    {
        var mode = File.GetUnixFileMode(path);
        var wanted = mode & owner;
        if (mode == wanted) return 0;
        File.SetUnixFileMode(path, wanted);
        return 1;
    }

    // DllImport rather than LibraryImport: an int in, an int out needs no marshalling, and no unsafe code in the host.
    [DllImport("libc", EntryPoint = "umask")]
#pragma warning disable SYSLIB1054
    private static extern int SetUmask(int mask);
#pragma warning restore SYSLIB1054
}
