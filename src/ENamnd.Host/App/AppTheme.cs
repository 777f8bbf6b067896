using MudBlazor;

namespace ENamnd.Host.App;

/// <summary>The application's colours: MudBlazor's defaults with colours that keep 4.5:1 contrast against white (WCAG 2.1 AA).</summary>
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
            // MudBlazor's default red has 3.7:1 against white; error texts need 4.5:1.
            Error = "#b3261e",
            Success = "#1b5e20",
            Warning = "#8a4b00",
            Info = "#0b57a4",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
