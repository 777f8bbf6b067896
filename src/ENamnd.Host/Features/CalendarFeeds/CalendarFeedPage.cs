using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>The participant's calendar page, reached from a task email: the feed's address and how to subscribe, in plain Swedish.</summary>
internal static class CalendarFeedPage
{
    /// <summary>The page's heading.</summary>
    public const string Title = "Prenumerera på din kalender";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The body: the address and the steps when there is one, else a button that creates it.</summary>
    public static string Body(string formAction, string token, string? url, string? webcal, bool renewed) => url is null
        ? $"""
          <p>Du kan få dina möten och svarstider från Norrbottens e-nämnd i din kalender i Outlook, Google eller telefonen. Kalendern uppdateras av sig själv.</p>
          {Form(formAction, token, "Skapa min kalenderadress")}
          """
        : $"""
          {(renewed ? "<p class=\"klart\" role=\"status\">Du har fått en ny adress. Den gamla fungerar inte längre.</p>" : "")}
          <p>Din kalender visar de sammanträden du är kallad till och svarstiderna för dina obesvarade uppgifter. Den uppdateras av sig själv.</p>
          <p><a href="{Html.Encode(webcal!)}">Öppna i kalenderprogrammet</a></p>
          <label for="adress">Din personliga kalenderadress</label>
          <input id="adress" readonly value="{Html.Encode(url)}">
          <h2>Outlook</h2>
          <p>Kopiera adressen. Välj <b>Lägg till kalender</b> och <b>Prenumerera från webben</b> (eller <b>Från internet</b>), klistra in adressen och spara.</p>
          <h2>Google Kalender</h2>
          <p>Kopiera adressen. Öppna Google Kalender på en dator, välj <b>+</b> vid <b>Andra kalendrar</b> och <b>Från webbadress</b>, klistra in adressen och välj <b>Lägg till kalender</b>.</p>
          <h2>Telefon</h2>
          <p>Tryck på <b>Öppna i kalenderprogrammet</b> ovan och bekräfta prenumerationen.</p>
          <p class="info">Adressen är personlig. Dela den inte. Om någon annan har fått den kan du skapa en ny; den gamla slutar då att fungera.</p>
          {Form(formAction, token, "Skapa en ny adress")}
          """;

    private static string Form(string action, string token, string label) =>
        $"<form method=\"post\" action=\"{Html.Encode(action)}\"><input type=\"hidden\" name=\"t\" value=\"{Html.Encode(token)}\"><button type=\"submit\">{Html.Encode(label)}</button></form>";
}
