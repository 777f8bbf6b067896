using Bunit;
using ENamnd.Host.App;
using MudBlazor.Services;

namespace ENamnd.Host.Tests.App;

/// <summary>The pager under the app's tables, rendered with bUnit.</summary>
public sealed class TablePagerTests : BunitContext
{
    public TablePagerTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Should_SayWhichRowsAreShownAndOfferThePages_When_ThereAreSeveral()
    {
        var chosen = 0;
        var pager = Render<TablePager>(p => p
            .Add(x => x.Of, "ärendena").Add(x => x.Page, 2).Add(x => x.Pages, 3).Add(x => x.Total, 60).Add(x => x.Size, 25)
            .Add(x => x.PageChanged, page => chosen = page));

        Assert.Equal("Sidor i ärendena", pager.Find("nav").GetAttribute("aria-label"));
        Assert.Contains("Visar 26–50 av 60", pager.Markup, StringComparison.Ordinal);
        pager.FindAll("button").First(b => b.TextContent.Trim() == "3").Click();
        Assert.Equal(3, chosen);
    }

    [Fact]
    public void Should_ShowNoPagesButTheCount_When_OnePageHoldsAll()
    {
        var pager = Render<TablePager>(p => p.Add(x => x.Of, "personerna").Add(x => x.Page, 1).Add(x => x.Pages, 1).Add(x => x.Total, 7).Add(x => x.Size, 50));

        Assert.Empty(pager.FindAll("nav"));
        Assert.Contains("Visar 1–7 av 7", pager.Markup, StringComparison.Ordinal);
    }
}
