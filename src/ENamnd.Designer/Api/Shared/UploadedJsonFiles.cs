using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ENamnd.Designer.Api.Shared;

/// <summary>
/// Reads the JSON objects of an upload as the Studio's imports send it: multipart/form-data whose files (field
/// <c>files</c>, or any) are JSON files or ZIP files of JSON files. Each object is named by its file (and ZIP entry).
/// </summary>
public static class UploadedJsonFiles
{
    /// <summary>The largest upload accepted (all files together).</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The objects read, in file order, and what could not be read; an error about the upload itself comes alone.</summary>
    public static async Task<(List<(string Source, JsonObject Json)> Objects, List<string> Errors)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var objects = new List<(string, JsonObject)>();
        if (!request.HasFormContentType) return (objects, ["Skicka filerna som multipart/form-data i fältet 'files'."]);
        if (request.ContentLength > MaxUploadBytes) return (objects, [TooLarge]);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (objects, ["Filerna kunde inte läsas: " + e.Message]);
        }
        var files = form.Files.GetFiles("files") is { Count: > 0 } named ? named : form.Files;
        if (files.Count == 0) return (objects, ["Inga filer att importera."]);
        if (files.Sum(f => f.Length) > MaxUploadBytes) return (objects, [TooLarge]);
        var errors = new List<string>();
        foreach (var file in files) await ReadFileAsync(file, objects, errors, ct);
        return (objects, errors);
    }

    private static string TooLarge => $"Filerna är för stora: högst {MaxUploadBytes / 1024 / 1024} MB går att importera på en gång.";

    // A JSON file holds one object; a ZIP file (as the exports make) holds one JSON file per object.
    private static async Task ReadFileAsync(IFormFile file, List<(string, JsonObject)> objects, List<string> errors, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        if (!file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await ReadJsonAsync(file.FileName, stream, objects, errors, ct);
            return;
        }
        // In memory (the upload's size is capped): the form's file stream does not seek the way a ZIP reader needs.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                await using var content = entry.Open();
                await ReadJsonAsync($"{file.FileName}/{entry.FullName}", content, objects, errors, ct);
            }
        }
        catch (InvalidDataException)
        {
            errors.Add($"{file.FileName}: är ingen giltig ZIP-fil.");
        }
    }

    private static async Task ReadJsonAsync(string source, Stream content, List<(string, JsonObject)> objects, List<string> errors, CancellationToken ct)
    {
        try
        {
            if (await JsonNode.ParseAsync(content, cancellationToken: ct) is JsonObject json) objects.Add((source, json));
            else errors.Add($"{source}: innehåller inget JSON-objekt.");
        }
        catch (JsonException e)
        {
            errors.Add($"{source}: är inte giltig JSON{Where(e)}.");
        }
    }

    /// <summary>Where the parser stopped, in Swedish (" (rad 1, tecken 6)"), or nothing when it does not say.</summary>
    public static string Where(JsonException e) =>
        e.LineNumber is { } line && e.BytePositionInLine is { } position ? $" (rad {line + 1}, tecken {position + 1})" : "";
}
