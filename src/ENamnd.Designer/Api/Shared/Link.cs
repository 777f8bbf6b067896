namespace ENamnd.Designer.Api.Shared;

/// <summary>A hypermedia link of Elsa's API; the designer looks for <c>rel</c> values such as <c>publish</c>.</summary>
public sealed record Link(string Href, string Rel, string Method);
