namespace ENamnd.Activities.Email;

/// <summary>A recipient: an address and an optional display name.</summary>
public sealed record EmailAddress(string Address, string? Name = null);
