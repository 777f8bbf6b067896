using MudBlazor;

namespace ENamnd.Host.App;

/// <summary>The application's colours: MudBlazor's defaults with a primary colour that keeps 4.5:1 contrast against white text (WCAG 2.1 AA).</summary>
public static class AppTheme
{
    /// <summary>The theme.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#6a3d7a",
            AppbarBackground = "#1f4e79",
            TextSecondary = "rgba(0,0,0,0.70)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
