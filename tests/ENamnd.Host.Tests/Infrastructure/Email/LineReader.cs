namespace ENamnd.Host.Tests.Infrastructure.Email;

/// <summary>Reads CRLF-terminated lines as raw bytes, so 8-bit content reaches the test unchanged.</summary>
internal sealed class LineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    /// <summary>The next line without its CRLF, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken ct)
    {
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, ct);
                if (_end == 0) return line.Length > 0 ? line.ToArray() : null;
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                line.Write(_buffer, _start, _end - _start);
                _start = _end;
                continue;
            }
            line.Write(_buffer, _start, newline - _start);
            _start = newline + 1;
            var bytes = line.ToArray();
            return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
        }
    }
}
