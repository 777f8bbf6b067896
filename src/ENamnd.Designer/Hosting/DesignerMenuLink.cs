namespace ENamnd.Designer.Hosting;

/// <summary>A link of the host application's main menu, e.g. ("Ärenden", "/arenden"); the host decides them.</summary>
public sealed record DesignerMenuLink(string Text, string Href);
