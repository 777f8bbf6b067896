namespace ENamnd.Engine.Activities;

/// <summary>The bounds of a <see cref="For"/> loop, evaluated when it starts and kept in its durable state.</summary>
public sealed record ForBounds(long Start, long End, long Step, bool Inclusive);
