namespace ENamnd.Host.Infrastructure.Logging;

/// <summary>The format of the console and file logs (<c>Serilog:Format</c>): <c>Text</c> for people, <c>Json</c> for log collectors.</summary>
public sealed class LogFormatOptions
{
    /// <summary>The readable text format (the default).</summary>
    public const string Text = "Text";

    /// <summary>Serilog's compact JSON, one event per line (<c>@t</c>, <c>@mt</c>, <c>@l</c> and the properties).</summary>
    public const string Json = "Json";

    /// <summary><see cref="Text"/> or <see cref="Json"/>, in any case.</summary>
    public string Format { get; set; } = Text;

    /// <summary>Whether <see cref="Format"/> asks for JSON.</summary>
    public bool IsJson => string.Equals(Format, Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="Format"/> is one of the two.</summary>
    public bool IsValid => IsJson || string.Equals(Format, Text, StringComparison.OrdinalIgnoreCase);
}
