namespace ENamnd.Designer.Api.Definitions;

/// <summary>Whether no other definition has the name.</summary>
public sealed record IsNameUniqueResponse(bool IsUnique);
