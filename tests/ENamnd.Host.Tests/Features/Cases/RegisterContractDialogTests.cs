using Bunit;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Municipalities;
using ENamnd.Host.Features.Cases.Pages;
using ENamnd.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>The case page's contract dialog, rendered with bUnit: what it hands over and how it shows refusals.</summary>
public sealed class RegisterContractDialogTests
{
    private static readonly string Boden = MunicipalityRegistry.Default.Find("Boden")!.Code;
    private static readonly string Kalix = MunicipalityRegistry.Default.Find("Kalix")!.Code;

    // MudBlazor's services are disposed asynchronously only, so each test disposes its own context that way.
    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddSingleton(MunicipalityRegistry.Default);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task Should_ShowTheSwedishErrorsWithoutApiNamesAndStayOpen_When_TheContractIsRefused()
    {
        await using var context = NewContext();
        ContractDraft? sent = null;
        var provider = context.Render<MudDialogProvider>();
        var dialog = await ShowAsync(context, draft =>
        {
            sent = draft;
            return Task.FromResult(CommandResult<string>.Invalid(["Avtalets namn saknas (name).", "Avtalstyp saknas (kind: Ramavtal eller GemensamtAvtal)."]));
        });

        await provider.Find("button:contains('Registrera avtal')").ClickAsync(new());

        var alert = provider.Find("[role=alert]");
        Assert.Contains("Avtalets namn saknas.", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Avtalstyp saknas.", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(name)", alert.TextContent, StringComparison.Ordinal);
        Assert.False(dialog.Result.IsCompleted);
        // The case's participants and the proposed owner are handed over as chosen.
        Assert.Equal(new[] { Boden, Kalix }.Order(), sent!.Municipalities!.Order());
        Assert.Equal("e-samordnare@example.org", sent.Owner);
        Assert.Equal(nameof(ContractKind.GemensamtAvtal), sent.Kind);
    }

    [Fact]
    public async Task Should_CloseWithTheContractTaken_When_ItIsRecorded()
    {
        await using var context = NewContext();
        var provider = context.Render<MudDialogProvider>();
        var dialog = await ShowAsync(context, _ => Task.FromResult(CommandResult<string>.Done("c1")));

        await provider.Find("button:contains('Lägg till option')").ClickAsync(new());
        Assert.Contains("Option 1: förlängning (månader)", provider.Markup, StringComparison.Ordinal);
        await provider.Find("button:contains('Registrera avtal')").ClickAsync(new());

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
    }

    private static async Task<IDialogReference> ShowAsync(BunitContext context, Func<ContractDraft, Task<CommandResult<string>>> submit)
    {
        var dialogs = context.Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await context.Renderer.Dispatcher.InvokeAsync(async () => reference = await dialogs.ShowAsync<RegisterContractDialog>("Registrera avtal", new DialogParameters<RegisterContractDialog>
        {
            { d => d.CaseNumber, "2026/14-2.2.0.1" },
            { d => d.Participants, [Kalix, Boden] },
            { d => d.DefaultOwner, "e-samordnare@example.org" },
            { d => d.Submit, submit },
        }));
        return reference!;
    }
}
