using ENamnd.Host.App.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ENamnd.Benchmarks.Cases;

/// <summary>
/// Renders one of the app's pages to HTML the way the server renders it for a request: in a new service scope
/// (the request's), through <see cref="HtmlRenderer"/>, inside the app's <see cref="MainLayout"/> (the frame with
/// the menu and MudBlazor's providers), waiting for the page's data to load. Not the document around it.
/// </summary>
public sealed class PageRenderer(IServiceProvider services)
{
    private const string BaseUri = "http://127.0.0.1:5080/";

    private readonly ILoggerFactory loggers = services.GetRequiredService<ILoggerFactory>();

    /// <summary>The HTML of <typeparamref name="TPage"/> at <paramref name="path"/> with its parameters.</summary>
    public async Task<string> RenderAsync<TPage>(string path, IDictionary<string, object?> parameters) where TPage : IComponent
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<NavigationManager>() is IHostEnvironmentNavigationManager navigation)
            navigation.Initialize(BaseUri, BaseUri + path);
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        RenderFragment page = builder =>
        {
            builder.OpenComponent<TPage>(0);
            foreach (var (name, value) in parameters) builder.AddComponentParameter(1, name, value);
            builder.CloseComponent();
        };
        var framed = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(LayoutView.Layout)] = typeof(MainLayout), [nameof(LayoutView.ChildContent)] = page,
        });
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<LayoutView>(framed)).ToHtmlString());
    }
}
