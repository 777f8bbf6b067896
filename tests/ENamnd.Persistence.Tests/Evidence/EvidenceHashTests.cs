using System.Security.Cryptography;
using System.Text;
using ENamnd.Persistence.Evidence;

namespace ENamnd.Persistence.Tests.Evidence;

/// <summary>The chain's hashes follow the documented canonical form, so anyone can recompute them with SHA-256 alone.</summary>
public sealed class EvidenceHashTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 3, 18, 12, 5, 30, 123, TimeSpan.Zero);

    [Fact]
    public void Should_HashTheDocumentedCanonicalForm_When_ARowIsHashed()
    {
        var hash = EvidenceHash.Content("decisions", Columns(("outcome", "Godkänt"), ("id", 7L), ("comment", null), ("decided_at_utc", DecidedAt), ("definition_version", 2)));

        // Columns by name, NULLs left out, lengths in UTF-8 bytes ("ä" takes two).
        const string canonical = "table:9:decisions\ndecided_at_utc:28:2026-03-18T12:05:30.1230000Z\ndefinition_version:1:2\nid:1:7\noutcome:8:Godkänt\n";
        Assert.Equal(Sha256(canonical), hash);
    }

    [Fact]
    public void Should_HashTheDocumentedLine_When_ALinkIsHashed()
    {
        var content = new string('a', 64);

        var hash = EvidenceHash.Link(EvidenceHash.Genesis, 1, "audit", 42, content, DecidedAt);

        Assert.Equal(Sha256($"{new string('0', 64)}\n1\naudit\n42\n{content}\n2026-03-18T12:05:30.1230000Z"), hash);
    }

    [Fact]
    public void Should_KeepTheHash_When_TheColumnsComeInAnotherOrder()
    {
        var one = EvidenceHash.Content("audit", Columns(("action", "resume"), ("id", 1L)));
        var other = EvidenceHash.Content("audit", Columns(("id", 1L), ("action", "resume")));

        Assert.Equal(one, other);
    }

    [Theory]
    [InlineData("comment", "Ja.")]
    [InlineData("reference", "Ja")]
    public void Should_ChangeTheHash_When_AValueOrItsColumnChanges(string otherColumn, string otherValue)
    {
        var one = EvidenceHash.Content("decisions", Columns(("comment", "Ja")));
        var other = EvidenceHash.Content("decisions", Columns((otherColumn, otherValue)));

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Should_TellTheRowsApart_When_AValueSpellsOutAnotherColumn()
    {
        var forged = EvidenceHash.Content("decisions", Columns(("comment", "a\nreference:1:b")));
        var genuine = EvidenceHash.Content("decisions", Columns(("comment", "a"), ("reference", "b")));

        Assert.NotEqual(genuine, forged);
    }

    [Fact]
    public void Should_ChangeTheHash_When_TheSameRowIsInAnotherTable()
    {
        Assert.NotEqual(EvidenceHash.Content("decisions", Columns(("id", 1L))), EvidenceHash.Content("audit", Columns(("id", 1L))));
    }

    [Fact]
    public void Should_KeepWholeMilliseconds_When_ASealTimeIsTaken()
    {
        var now = DecidedAt.AddTicks(4567);

        Assert.Equal(DecidedAt, EvidenceHash.SealTime(now));
    }

    private static KeyValuePair<string, object?>[] Columns(params (string Name, object? Value)[] columns) =>
        [.. columns.Select(c => new KeyValuePair<string, object?>(c.Name, c.Value))];

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
