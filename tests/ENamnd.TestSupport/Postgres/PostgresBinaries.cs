using System.Globalization;

namespace ENamnd.TestSupport.Postgres;

/// <summary>Finds the directory that holds the PostgreSQL server programs (initdb, pg_ctl, postgres, pgbench).</summary>
public static class PostgresBinaries
{
    // Debian installs each major version under its own directory and puts none of them on PATH.
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The directory of <c>pg_ctl</c> on PATH (symbolic links followed), else the highest version under Debian's directory.</summary>
    public static string FindDirectory() =>
        TryFindDirectory() ?? throw new InvalidOperationException(
            $"The PostgreSQL server programs (pg_ctl, initdb) are neither on PATH nor in {DebianRoot}/<version>/bin. " +
            "Install the Debian package postgresql; scripts/test does so when they are missing.");

    /// <summary>Like <see cref="FindDirectory"/>, but null when there is none.</summary>
    public static string? TryFindDirectory() => FromPath() ?? FromDebianRoot();

    private static string? FromPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = new FileInfo(Path.Combine(directory, "pg_ctl"));
            if (!candidate.Exists) continue;
            var target = candidate.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate.FullName;
            var bin = Path.GetDirectoryName(target);
            if (bin is not null && IsComplete(bin)) return bin;
        }
        return null;
    }

    private static string? FromDebianRoot()
    {
        if (!Directory.Exists(DebianRoot)) return null;
        return Directory.EnumerateDirectories(DebianRoot)
            .Select(d => (Version: decimal.TryParse(Path.GetFileName(d), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1m, Bin: Path.Combine(d, "bin")))
            .Where(c => c.Version >= 0 && IsComplete(c.Bin))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Bin)
            .FirstOrDefault();
    }

    private static bool IsComplete(string bin) =>
        File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres"));
}
