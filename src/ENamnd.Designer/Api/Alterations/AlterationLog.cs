using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>Elsa's <c>AlterationLog</c>: <c>{logEntries:[{message, logLevel, timestamp, eventName}]}</c>.</summary>
public sealed record AlterationLog(IReadOnlyList<AlterationLogEntry> LogEntries);
