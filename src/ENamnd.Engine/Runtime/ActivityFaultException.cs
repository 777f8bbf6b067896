namespace ENamnd.Engine.Runtime;

/// <summary>Thrown by an activity to fault the instance with a message meant for the coordinator.</summary>
public sealed class ActivityFaultException(string message) : Exception(message);
