namespace ENamnd.Engine.Stores;

/// <summary>What deleting a definition did: versions removed, and versions kept because running instances use them.</summary>
public sealed record DefinitionDeletion(int Deleted, int Kept);
