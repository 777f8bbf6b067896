using System.Net;
using System.Text;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// Answers the request that the current step of the instance handles (Elsa's <c>WriteHttpResponse</c>): status, content,
/// content type and headers. The host sends the answer once the step is committed. As in Elsa, an instance that is not
/// handling a request (it waited in between, say) faults here, as does an answer larger than the host allows.
/// </summary>
[Activity("Elsa", "WriteHttpResponse", Category = "HTTP", DisplayName = "HTTP-svar",
    Description = "Svarar på den HTTP-begäran som arbetsflödet hanterar: statuskod, innehåll, innehållstyp och huvuden.")]
public sealed class WriteHttpResponse : Activity
{
    /// <summary>The status code.</summary>
    [Input(DisplayName = "Statuskod", UIHint = "dropdown", Order = 0)]
    public Input<HttpStatusCode> StatusCode { get; set; } = new(HttpStatusCode.OK);

    /// <summary>The content: text is sent as it is, anything else as JSON.</summary>
    [Input(DisplayName = "Innehåll", Description = "Text skickas som den är, objekt som JSON.", UIHint = "multiline", Order = 1)]
    public Input<object?> Content { get; set; } = new((object?)null);

    /// <summary>The content type; empty means text/plain for text and application/json for anything else.</summary>
    [Input(DisplayName = "Innehållstyp", UIHint = "dropdown", Options = ["", HttpContentTypes.Json, HttpContentTypes.Xml, HttpContentTypes.Form, HttpContentTypes.Binary, HttpContentTypes.Text, HttpContentTypes.Html], Order = 2)]
    public Input<string?> ContentType { get; set; } = new((string?)null);

    /// <summary>Headers to send with the answer.</summary>
    [Input(DisplayName = "Svarshuvuden", Description = "Ett JSON-objekt, t.ex. {\"X-Namn\": \"värde\"}.", UIHint = "json-editor", Category = "Avancerat", Order = 3)]
    public Input<object?> ResponseHeaders { get; set; } = new((object?)null);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var exchange = HttpExchangeAccessor.Of(context) ?? throw new ActivityFaultException(
            "Det finns ingen HTTP-begäran att svara på: arbetsflödet startades eller fortsattes inte av en begäran, eller väntade efter den.");
        if (exchange.Response is not null) throw new ActivityFaultException("Svaret på HTTP-begäran är redan skrivet.");
        var status = (int)context.Get(StatusCode);
        var (body, contentType) = HttpContentTypes.Format(context.Get(Content), context.Get(ContentType));
        var limit = HttpActivityOptions.Of(context.Services).MaxResponseBodyBytes;
        if (body is not null && Encoding.UTF8.GetByteCount(body) > limit)
            throw new ActivityFaultException($"Svaret är större än de {limit} byte som tillåts.");
        // A 204 has no body, as Elsa writes none for it.
        exchange.Response = new HttpResponseData(status, contentType, status == (int)HttpStatusCode.NoContent ? null : body, HttpHeaderValues.From(context.Get(ResponseHeaders)));
        return default;
    }
}
