using ENamnd.Activities.Email;
using ENamnd.Activities.Goals;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Tests.Goals;

/// <summary>The Swedish email telling the coordinator that a tertial report is compiled.</summary>
public sealed class TertialReportMailTests
{
    private const string PageUrl = "https://enamnd.example/goals/reports/p1/2022-T1";

    private static readonly TaskRecipient[] Coordinators = [new("samordnare@example.org", "Sara Samordnare"), new("backup@example.org")];

    // A bare meeting date arrives as midnight UTC.
    private static readonly DateTimeOffset June22 = new(2022, 6, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_CountTheMissingAnswersAndNameTheMeeting_When_SomeItemsWereNotReported()
    {
        var mail = TertialReportMail.Compose(TertialReportExample.Report, Coordinators, PageUrl, June22);

        Assert.Equal("Delårsrapport 1 2022: måluppföljningen för tertial 1 2022 (januari–april) är sammanställd", mail.Subject);
        Assert.Equal(
            """
            Hej!

            Måluppföljningen av Verksamhetsplan 2022 för tertial 1 2022 (januari–april) är sammanställd.
            2 av 3 mål och indikatorer är inrapporterade; 1 är markerad som ej inrapporterad (svarstiden gick ut 31 maj 2022 kl. 16:00).

            Ärendet "Delårsrapport 1" är lagt på dagordningen för nämndens sammanträde 22 juni 2022.

            Rapporten: https://enamnd.example/goals/reports/p1/2022-T1
            Som Word-dokument: https://enamnd.example/goals/reports/p1/2022-T1/document

            Norrbottens e-nämnd
            """, mail.TextBody);
    }

    [Fact]
    public void Should_SayAllAreReported_When_NothingIsMissing()
    {
        var report = TertialReportExample.Report with { Items = [TertialReportExample.Answered, TertialReportExample.Markup] };

        var mail = TertialReportMail.Compose(report, Coordinators, PageUrl, June22);

        Assert.Contains("är sammanställd.\nAlla 2 mål och indikatorer är inrapporterade.\n\n", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ej inrapporterade", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SayTheMatterWaitsForTheNextMeeting_When_NoneIsPlanned()
    {
        var mail = TertialReportMail.Compose(TertialReportExample.Report, Coordinators, PageUrl, meetingDate: null);

        Assert.Contains("\n\nInget nämndsammanträde är inplanerat ännu; ärendet \"Delårsrapport 1\" läggs på dagordningen för nästa sammanträde när det finns.\n\n",
            mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    // The meeting's Stockholm day, whether it comes as a bare date or as Stockholm midnight in UTC, summer or winter.
    [InlineData("2022-06-22T00:00:00+00:00", "22 juni 2022")]
    [InlineData("2022-06-21T22:00:00+00:00", "22 juni 2022")]
    [InlineData("2022-12-13T23:00:00+00:00", "14 december 2022")]
    [InlineData("2022-10-12T11:00:00+02:00", "12 oktober 2022")]
    public void Should_NameTheMeetingsStockholmDay_When_TheMeetingDateIsGiven(string meetingDate, string day)
    {
        var mail = TertialReportMail.Compose(TertialReportExample.Report, Coordinators, PageUrl, DateTimeOffset.Parse(meetingDate, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"för nämndens sammanträde {day}.\n", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_GiveTheDueTimeInWinterTime_When_TheFollowUpOfTheThirdTertialRanOut()
    {
        var report = TertialReportExample.Report with
        {
            Tertial = 3,
            Matter = TertialReport.MatterOf(3),
            Period = new Tertial(2022, 3).Label,
            DueAt = new DateTimeOffset(2023, 1, 23, 15, 0, 0, TimeSpan.Zero),
        };

        var mail = TertialReportMail.Compose(report, Coordinators, PageUrl, null);

        Assert.Equal("Verksamhetsberättelse 2022: måluppföljningen för tertial 3 2022 (september–december) är sammanställd", mail.Subject);
        Assert.Contains("(svarstiden gick ut 23 januari 2023 kl. 16:00)", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("tertial-report:p1:2022-T3", mail.ThreadKey);
    }

    [Fact]
    public void Should_EscapeTheTextsAndLinkPageAndDocument_When_TheHtmlBodyIsWritten()
    {
        var report = TertialReportExample.Report with { PlanTitle = "Plan <2022> & mål" };

        var html = TertialReportMail.Compose(report, Coordinators, PageUrl, June22).HtmlBody!;

        Assert.StartsWith("<!DOCTYPE html><html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<p>Måluppföljningen av Plan &lt;2022&gt; &amp; mål för tertial 1 2022 (januari–april) är sammanställd.<br>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Ärendet &quot;Delårsrapport 1&quot; är lagt på dagordningen för nämndens sammanträde 22 juni 2022.</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PageUrl}\">Öppna rapporten</a> · <a href=\"{PageUrl}/document\">Ladda ner som Word-dokument</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<2022>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AddressEveryRecipientInOneThread_When_Composed()
    {
        var mail = TertialReportMail.Compose(TertialReportExample.Report, Coordinators, PageUrl, June22);

        Assert.Equal([new EmailAddress("samordnare@example.org", "Sara Samordnare"), new EmailAddress("backup@example.org")], mail.To);
        Assert.Equal("tertial-report:p1:2022-T1", mail.ThreadKey);
        Assert.Null(mail.Calendar);
    }
}
