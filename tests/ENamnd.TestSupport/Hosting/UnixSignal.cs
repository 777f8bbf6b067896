using System.Runtime.InteropServices;

namespace ENamnd.TestSupport.Hosting;

/// <summary>Sends POSIX signals; .NET can kill a process (SIGKILL) but has no managed way to ask it to stop.</summary>
public static class UnixSignal
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM, which ASP.NET Core answers with a graceful shutdown.</summary>
    public static void Terminate(int processId)
    {
        if (kill(processId, SigTerm) != 0)
            throw new InvalidOperationException($"kill({processId}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
