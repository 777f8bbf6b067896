using System.Text;

namespace ENamnd.TestSupport.Hosting;

/// <summary>What a child process printed (standard output and error, interleaved), in memory and in a file.</summary>
public sealed class ProcessOutput : IDisposable
{
    private readonly Lock gate = new();
    private readonly StringBuilder text = new();
    private readonly StreamWriter file;

    /// <summary>Appends to <paramref name="path"/>.</summary>
    public ProcessOutput(string path)
    {
        FilePath = path;
        file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    /// <summary>The file the output is also written to.</summary>
    public string FilePath { get; }

    /// <summary>Everything so far.</summary>
    public string Text
    {
        get
        {
            lock (gate) return text.ToString();
        }
    }

    /// <summary>Adds a line; null (the end of a stream) is ignored.</summary>
    public void Append(string? line)
    {
        if (line is null) return;
        lock (gate)
        {
            text.AppendLine(line);
            file.WriteLine(line);
        }
    }

    /// <summary>The last lines, for error messages.</summary>
    public string Tail(int lines = 60) => TextTail.Of(Text, lines);

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate) file.Dispose();
    }
}
