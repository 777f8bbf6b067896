namespace ENamnd.Host.Infrastructure.Http;

/// <summary>
/// The type an endpoint reads its JSON body as by hand (<c>JsonRequestBody</c>), for the API's description. Unlike
/// <c>Accepts</c> metadata it leaves routing alone: a body that is not JSON still gets the endpoint's Swedish 400, not a bare 415.
/// </summary>
public sealed record JsonBodyMetadata(Type Type);
