using System.Xml.Linq;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Keeps the data-protection keys in the table <c>data_protection_keys</c>, where every host on the database finds them.</summary>
/// <remarks>The key manager calls it synchronously, rarely (at start and when a key is made or the ring is refreshed).</remarks>
internal sealed class DatabaseXmlRepository(IDbContextFactory<ENamndDbContext> contexts) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Xml).AsEnumerable().Select(x => XElement.Parse(x))];
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // Persistence point: once committed, every host on the database reads the key at its next refresh.
        db.SaveChanges();
    }
}
