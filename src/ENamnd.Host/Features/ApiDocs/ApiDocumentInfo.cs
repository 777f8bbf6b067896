using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ENamnd.Host.Features.ApiDocs;

/// <summary>The document's title, introduction, tags (one per feature, in Swedish) and the coordinator's two ways to sign in.</summary>
internal sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    /// <summary>The security scheme of the <c>Authorization: ApiKey &lt;key&gt;</c> header.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The security scheme of the sign-in cookie.</summary>
    public const string CookieScheme = "Cookie";

    private const string Introduction =
        "Domän-API:t för Norrbottens e-nämnd: ärenden genom de sex faserna, sammanträden, avtal, mål och uppföljning, uppgifter, " +
        "personer, kommuner och kostnadsfördelning. Alla anrop utom svar på uppgifter (där länkens token är behörigheten) kräver " +
        "samordnaren: huvudet `Authorization: ApiKey <samordnarnyckel>` eller inloggningskakan från /login. Alla fel (4xx) svarar " +
        "`application/problem+json` på svenska med `title`, `detail` och för 400 `errors` (fält → meddelanden). Listor tar " +
        $"`page` och `pageSize` och anger totalen i huvudet `{Paging.TotalCountHeader}`.";

    // Each feature's tag and what it covers, in the order the reference page lists them.
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Ärenden", "Starta, följ och avbryt ärenden; ta in en kommun som ansluter senare, föreslå vidareutveckling och registrera avtal."),
        ("Uppgifter", "Öppna uppgifter, svar med länkens token, påminnelser och byte av mottagare."),
        ("Sammanträden", "Nämndens och beredningsgruppens sammanträden: kallelse, dagordning, närvaro, beslut, protokoll, justering, anslag och överklaganden."),
        ("Avtal", "Avtal i avtalsbevakningen: löptid, uppsägningstid och optioner."),
        ("Mål", "Verksamhetsplaner med mål och indikatorer, och tertialrapporterna."),
        ("Personer", "Personerna i deltagarkatalogen och deras roller."),
        ("Kommuner", "De 14 medlemskommunerna, med officiella namn och folkmängd per år."),
        ("Fördelning", "Förhandsvisning av kostnadsfördelningen mellan kommuner."),
        ("Kalenderprenumerationer", "Personliga kalenderflöden (iCalendar) med sammanträden och uppgifters sista dagar: skapa, förnya och återkalla."),
        ("Granskning", "Verifiering av beslutens och granskningsloggens hashkedja."),
        ("Arbetsflöden", "Arbetsflödesmotorn direkt: publicera definitioner, starta, följ och avbryt instanser, återuppta bokmärken."),
        ("Jobb", "Kör ett schemalagt jobb nu i stället för vid nästa tillfälle."),
    ];

    /// <summary>The names of the tags this document describes.</summary>
    public static IEnumerable<string> TagNames => Tags.Select(t => t.Name);

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = ApiDocument.Title, Version = ApiDocument.Name, Description = Introduction };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = $"Samordnarnyckeln i huvudet `Authorization: {ApiKeyHeader.Prefix}<samordnarnyckel>` (ange hela värdet, med `{ApiKeyHeader.Prefix.Trim()}` först).",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = CoordinatorCookie.Name,
            Description = "Inloggningskakan som samordnaren får på /login (samma som i webbappen).",
        };
        return Task.CompletedTask;
    }
}
