using System.Text.Json;
using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime;

/// <summary>Reads and writes a <see cref="BookmarkName"/> as the plain string Elsa stores.</summary>
public sealed class BookmarkNameJsonConverter : JsonConverter<BookmarkName>
{
    /// <inheritdoc />
    public override BookmarkName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new BookmarkName(reader.GetString()!)
            : throw new JsonException($"A bookmark name is a string, not {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BookmarkName value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
