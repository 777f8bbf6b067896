using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Features.Tasks;

namespace ENamnd.Host.Tests.Features.Audit;

/// <summary>
/// <c>GET /api/audit/verify</c> on every provider: intact after real decisions, and each kind of tampering the database's
/// owner could do behind the triggers (change, delete, insert, truncate, remove a link) reported at its first broken row.
/// </summary>
public abstract class AuditVerifyContract : IAsyncLifetime
{
    /// <summary>A fresh host of its own for each test: tampering in one must not break another's chain.</summary>
    protected TaskHostFactory Host { get; private set; } = null!;

    /// <summary>The host on the provider under test.</summary>
    protected abstract Task<TaskHostFactory> CreateHostAsync();

    /// <summary>A connection to the host's database as its owner, outside the host.</summary>
    protected abstract Task<DbConnection> OpenAsOwnerAsync();

    /// <summary>The statement that lifts <paramref name="trigger"/> of <paramref name="table"/>, as the table's owner can.</summary>
    protected abstract string LiftTrigger(string table, string trigger);

    /// <summary>The statements that empty the decisions at once, as the table's owner can.</summary>
    protected abstract IReadOnlyList<string> TruncateDecisions { get; }

    /// <summary>An instant as a literal of a timestamp column.</summary>
    protected abstract string Instant(DateTimeOffset value);

    public async Task InitializeAsync()
    {
        Host = await CreateHostAsync();
        _ = Host.Server;
    }

    public virtual Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_AnswerIntact_When_DecisionsAndAuditRecordsAreUntouched()
    {
        await DecideTasksAsync(2);
        var audit = await ScalarAsync("SELECT COUNT(*) FROM audit");

        var first = await VerifyAsync();
        var second = await VerifyAsync();

        Assert.True((bool)first["intact"]!, first.ToJsonString());
        Assert.Equal(2 + audit, (long)first["sealedNow"]!);
        Assert.Equal(2, (long)Table(first, "decisions")["checked"]!);
        Assert.Equal(audit, (long)Table(first, "audit")["checked"]!);
        Assert.Null(first["firstBreak"]);
        Assert.StartsWith("Beviskedjan är obruten", (string)first["summary"]!, StringComparison.Ordinal);
        Assert.Equal(2 + audit, (long)first["headSequence"]!);
        Assert.True((bool)second["intact"]!);
        Assert.Equal(0, (long)second["sealedNow"]!);
        Assert.Equal((string)first["headHash"]!, (string)second["headHash"]!);
    }

    [Fact]
    public async Task Should_NameTheDecision_When_ItsCommentIsChangedBehindTheTrigger()
    {
        await DecideTasksAsync(2);
        await VerifyAsync();
        var id = await ScalarAsync("SELECT MIN(id) FROM decisions");

        await ExecuteAsync(LiftTrigger("decisions", "decisions_no_update"), $"UPDATE decisions SET comment = 'Ändrad i efterhand.' WHERE id = {id}");
        var verified = await VerifyAsync();

        AssertBreak(verified, "Changed", "decisions", id, await SequenceOfAsync("decisions", id));
        Assert.StartsWith($"Beviskedjan är bruten vid beslut {id} (länk ", (string)verified["summary"]!, StringComparison.Ordinal);
        Assert.Contains("raden har ändrats efter att den förseglades", (string)verified["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_NameTheAuditRecord_When_ItIsDeletedBehindTheTrigger()
    {
        await DecideTasksAsync(2);
        await VerifyAsync();
        var id = await ScalarAsync("SELECT MAX(id) FROM audit");

        await ExecuteAsync(LiftTrigger("audit", "audit_no_delete"), $"DELETE FROM audit WHERE id = {id}");
        var verified = await VerifyAsync();

        AssertBreak(verified, "Missing", "audit", id, await SequenceOfAsync("audit", id));
        Assert.Equal(1, (long)verified["breaks"]!);
    }

    [Fact]
    public async Task Should_NameTheForgedDecision_When_OneIsInsertedAfterwardsWithAnEarlierTime()
    {
        await DecideTasksAsync(1);
        await VerifyAsync();
        var yesterday = Host.Clock.GetUtcNow().AddDays(-1);

        await ExecuteAsync(
            "INSERT INTO decisions (task_id, instance_id, case_number, definition_version, kind, outcome, comment, decided_by, channel, decided_at_utc, decided_at_local) " +
            $"VALUES ('forfalskad', 'forfalskad', '2022/1-2.2.0.1', 1, 'approval', 'Approved', 'Godkänt i efterhand.', '{TaskScenario.Approver}', 'api', {Instant(yesterday)}, 'igår')");
        var id = await ScalarAsync("SELECT id FROM decisions WHERE task_id = 'forfalskad'");
        var verified = await VerifyAsync();
        var again = await VerifyAsync();

        AssertBreak(verified, "NotInChain", "decisions", id, null);
        Assert.Contains($"vid beslut {id} (utanför kedjan): raden finns inte i kedjan", (string)verified["summary"]!, StringComparison.Ordinal);
        Assert.Equal(1, (long)Table(verified, "decisions")["notInChain"]!);
        AssertBreak(again, "NotInChain", "decisions", id, null);
    }

    [Fact]
    public async Task Should_NameTheFirstSealedDecision_When_TheDecisionsAreTruncated()
    {
        await DecideTasksAsync(2);
        await VerifyAsync();
        var first = await ScalarAsync("SELECT row_key FROM evidence_chain WHERE table_name = 'decisions' ORDER BY sequence LIMIT 1");

        await ExecuteAsync([.. TruncateDecisions]);
        var verified = await VerifyAsync();

        AssertBreak(verified, "Missing", "decisions", first, await SequenceOfAsync("decisions", first));
        Assert.Equal(2, (long)verified["breaks"]!);
    }

    [Fact]
    public async Task Should_ReportOutOfOrder_When_ALinkIsRemovedFromTheChain()
    {
        await DecideTasksAsync(1);
        await VerifyAsync();

        await ExecuteAsync(LiftTrigger("evidence_chain", "evidence_chain_no_delete"), "DELETE FROM evidence_chain WHERE sequence = 2");
        var verified = await VerifyAsync();

        var (table, key) = (await ScalarTextAsync("SELECT table_name FROM evidence_chain WHERE sequence = 3"), await ScalarAsync("SELECT row_key FROM evidence_chain WHERE sequence = 3"));
        AssertBreak(verified, "OutOfOrder", table, key, 3);
    }

    [Theory]
    [InlineData("UPDATE audit SET action = 'annat'", "audit is append-only")]
    [InlineData("DELETE FROM audit", "audit is append-only")]
    [InlineData("UPDATE decisions SET comment = 'annat'", "decisions is append-only")]
    [InlineData("DELETE FROM evidence_chain", "evidence_chain is append-only")]
    public async Task Should_RefuseTheChange_When_TheTriggersStand(string statement, string message)
    {
        await DecideTasksAsync(1);
        await VerifyAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(statement));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.True((bool)(await VerifyAsync())["intact"]!);
    }

    [Fact]
    public async Task Should_Answer401_When_NotSignedIn()
    {
        using var anonymous = Host.CreateClient();

        var response = await anonymous.GetAsync("/api/audit/verify");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task DecideTasksAsync(int count)
    {
        using var participant = Host.CreateParticipantClient();
        for (var i = 0; i < count; i++)
        {
            var link = await TaskScenario.StartApprovalAsync(Host);
            var answer = await TaskScenario.PostFormAsync(participant, link, "Approved", comment: $"Bra underlag nummer {i + 1}.");
            Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        }
    }

    private async Task<JsonObject> VerifyAsync()
    {
        using var coordinator = Host.CreateCoordinatorClient();
        var response = await coordinator.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static void AssertBreak(JsonObject verified, string kind, string table, long rowKey, long? sequence)
    {
        Assert.False((bool)verified["intact"]!, verified.ToJsonString());
        var found = verified["firstBreak"]!;
        Assert.Equal((kind, table, rowKey, sequence), ((string)found["kind"]!, (string)found["table"]!, (long)found["rowKey"]!, (long?)found["sequence"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)found["description"]));
    }

    private static JsonNode Table(JsonObject verified, string name) =>
        verified["tables"]!.AsArray().Single(t => (string)t!["table"]! == name)!;

    private Task<long> SequenceOfAsync(string table, long key) =>
        ScalarAsync($"SELECT sequence FROM evidence_chain WHERE table_name = '{table}' AND row_key = {key}");

    private async Task ExecuteAsync(params string[] statements)
    {
        await using var connection = await OpenAsOwnerAsync();
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await ScalarObjectAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> ScalarTextAsync(string sql) => (string)(await ScalarObjectAsync(sql))!;

    private async Task<object?> ScalarObjectAsync(string sql)
    {
        await using var connection = await OpenAsOwnerAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
