using System.Globalization;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>
/// The year and the file of a population import, read from a form (<c>multipart/form-data</c> with the fields <c>year</c>
/// and <c>file</c>, as a browser or <c>curl -F</c> sends it) or from a CSV body with <c>?year=</c>; bad input is a 400 in Swedish.
/// </summary>
public sealed record PopulationUpload(int Year, byte[] Content)
{
    /// <summary>The largest file taken: SCB's file of 14 municipalities is well under a kilobyte.</summary>
    public const int MaxBytes = 1024 * 1024;

    private const string HowToSend = "Skicka året och filen som multipart/form-data i fälten year och file, eller filen som text/csv med ?year= i adressen.";

    /// <summary>The upload, or the problem with the request.</summary>
    public static async Task<(PopulationUpload? Upload, ValidationProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) return Refused(TooLarge);
        if (request.HasFormContentType) return await ReadFormAsync(request, cancellationToken);
        if (request.ContentType is not { } type || !(type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
            return Refused(HowToSend);
        return Upload(request.Query["year"], await ReadAtMostAsync(request.Body, cancellationToken));
    }

    private static async Task<(PopulationUpload?, ValidationProblem?)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Refused("Formuläret kunde inte läsas: " + e.Message);
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null) return Refused("Ange filen (file) med SCB:s folkmängd per kommun.");
        if (file.Length > MaxBytes) return Refused(TooLarge);
        await using var stream = file.OpenReadStream();
        return Upload(form["year"].Count > 0 ? form["year"] : request.Query["year"], await ReadAtMostAsync(stream, cancellationToken));
    }

    private static (PopulationUpload?, ValidationProblem?) Upload(string? year, byte[] content)
    {
        if (string.IsNullOrWhiteSpace(year)) return Refused("Ange året (year) som folkmängden gäller, till exempel 2026.");
        if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return Refused($"Året (year) ska vara ett årtal, till exempel 2026, inte '{year.Trim()}'.");
        if (content.Length > MaxBytes) return Refused(TooLarge);
        return content.Length == 0 ? Refused("Filen är tom.") : (new PopulationUpload(value, content), null);
    }

    // One byte more than allowed is enough to tell a body that is too large, whatever length it claimed.
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0) length += read;
        return buffer[..length];
    }

    private static string TooLarge => $"Filen är för stor: högst {MaxBytes / 1024 / 1024} MB.";

    private static (PopulationUpload?, ValidationProblem?) Refused(string message) => (null, ApiProblems.Invalid(message));
}
