using System.Collections.Concurrent;

namespace ENamnd.Engine.CSharp;

/// <summary>
/// Compiled scripts by their text, at most <c>capacity</c> of them: the least recently used goes first. Compiling is slow,
/// so each text is compiled once even when several steps ask for it at the same time.
/// </summary>
internal sealed class CSharpScriptCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock trimming = new();
    private long uses;

    /// <summary>How many scripts are kept.</summary>
    public int Count => entries.Count;

    /// <summary>The compiled form of <paramref name="source"/>, compiled now when it is not kept.</summary>
    public CompiledScript Get(string source)
    {
        var entry = entries.GetOrAdd(source, static s => new Entry(new Lazy<CompiledScript>(() => CSharpCompiler.Compile(s))));
        entry.LastUse = Interlocked.Increment(ref uses);
        if (entries.Count > capacity) Trim();
        return entry.Script.Value;
    }

    private void Trim()
    {
        lock (trimming)
        {
            while (entries.Count > capacity)
            {
                var oldest = entries.MinBy(p => p.Value.LastUse);
                entries.TryRemove(oldest);
            }
        }
    }

    private sealed class Entry(Lazy<CompiledScript> script)
    {
        public Lazy<CompiledScript> Script { get; } = script;

        public long LastUse { get; set; }
    }
}
