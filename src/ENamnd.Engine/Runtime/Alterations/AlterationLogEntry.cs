using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>One line of an alteration's log, as Elsa's <c>AlterationLogEntry</c>: a Swedish message, its level and when.</summary>
public sealed record AlterationLogEntry(string Message, LogLevel LogLevel, DateTimeOffset Timestamp, string? EventName = null);
