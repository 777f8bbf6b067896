using System.Net.Http.Headers;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>Files sent as the Studio's imports send them: multipart/form-data, each in the field <c>files</c>.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/json");
            form.Add(part, "files", name);
        }
        return form;
    }
}
