using System.Text;

namespace ENamnd.Activities.Municipalities;

/// <summary>The text of an uploaded file whose encoding nobody states: UTF-8 or UTF-16 by its byte order mark, else UTF-8 when valid, else Latin-1.</summary>
internal static class TextFileDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="content"/>, without a byte order mark.</summary>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content is [0xEF, 0xBB, 0xBF, ..]) return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        if (content is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (content is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8, so a Windows export (SCB's "ANSI" choice): Latin-1 reads å, ä and ö the same as Windows-1252.
            return Encoding.Latin1.GetString(content);
        }
    }
}
