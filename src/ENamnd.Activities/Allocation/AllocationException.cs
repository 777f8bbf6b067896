namespace ENamnd.Activities.Allocation;

/// <summary>Thrown when an allocation request is invalid; the message is Swedish and meant for the user.</summary>
public sealed class AllocationException : Exception
{
    /// <summary>Creates the exception with a Swedish, user-facing message.</summary>
    public AllocationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a Swedish, user-facing message and the exception that caused it.</summary>
    public AllocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
