namespace ENamnd.Host.App;

/// <summary>The main menu of the coordinator's application, decided once: the app's menu and the designer's header show it.</summary>
public static class AppLinks
{
    /// <summary>A link of the main menu; <see cref="LeavesTheApp"/> when it opens a page the application does not render (the designer).</summary>
    public sealed record Link(string Text, string Href, bool LeavesTheApp = false);

    /// <summary>The links, in menu order.</summary>
    public static readonly IReadOnlyList<Link> Main =
    [
        new("Översikt", "/"),
        new("Ärenden", "/arenden"),
        new("Sammanträden", "/sammantraden"),
        new("Avtal", "/avtal"),
        new("Mål och uppföljning", "/mal"),
        new("Personer", "/personer"),
        new("Kommuner", "/kommuner"),
        new("Kalenderprenumeration", "/kalenderprenumeration"),
        new("Arbetsflöden", "/designer", LeavesTheApp: true),
    ];
}
