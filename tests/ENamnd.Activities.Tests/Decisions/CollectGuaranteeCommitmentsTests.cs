using System.Text.Json.Nodes;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using static ENamnd.Activities.Tests.Decisions.DecisionsHarness;

namespace ENamnd.Activities.Tests.Decisions;

public class CollectGuaranteeCommitmentsTests
{
    private const string Id = "Garanti";
    private static readonly CostAllocator Allocator = new(MunicipalityRegistry.Default);

    [Fact]
    public async Task Should_ResplitAndAskTheOthersAgain_When_OneOfFourWithdraws()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Guarantee("Boden, Kalix, Kiruna, Piteå"));
        var first = Split("Boden", "Kalix", "Kiruna", "Piteå");
        Assert.Equal(first.Values.Order(), harness.OpenTasks.Select(t => AmountAskedOf(t.Question)).Order());
        await harness.AnswerAsync("Boden", CollectGuaranteeCommitments.Commit, "KS 2026-02-10 § 7");
        await harness.AnswerAsync("Kalix", CollectGuaranteeCommitments.Commit);
        var pitea = harness.OpenTaskOf("Piteå");

        await harness.AnswerAsync("Kiruna", CollectGuaranteeCommitments.Withdraw);

        var second = Split("Boden", "Kalix", "Piteå");
        Assert.Equal(3, harness.OpenTasks.Count);
        Assert.Contains(harness.ClosedTasks, t => t.TaskId == pitea.TaskId && t.Status == HumanTaskStatus.Cancelled);
        Assert.All(harness.OpenTasks, task => Assert.Contains("Andelen är omräknad eftersom Kiruna har avstått", task.Question));
        foreach (var name in second.Keys) await harness.AnswerAsync(name, CollectGuaranteeCommitments.Commit);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.AllCommitted], OutcomesOf(instance, Id));
        var ledger = OutputOf<List<CommitmentEntry>>(instance, Id, "Ledger");
        Assert.Equal(
            [
                ("Boden", first["Boden"], CommitmentStatus.Superseded, 1),
                ("Kalix", first["Kalix"], CommitmentStatus.Superseded, 1),
                ("Kiruna", first["Kiruna"], CommitmentStatus.Withdrawn, 1),
                ("Boden", second["Boden"], CommitmentStatus.Committed, 2),
                ("Kalix", second["Kalix"], CommitmentStatus.Committed, 2),
                ("Piteå", second["Piteå"], CommitmentStatus.Committed, 2),
            ],
            ledger.Select(e => (e.Name, e.Amount, e.Status, e.Round)));
        Assert.Equal("KS 2026-02-10 § 7", ledger[0].Reference);
        Assert.All(ledger, e => Assert.Equal(RepresentativeEmail(e.Code), e.Signer));
        Assert.All(ledger, e => Assert.Equal("2026–2028", e.Validity));
        Assert.Equal(1_000_000m, OutputOf<List<CommitmentEntry>>(instance, Id, "Commitments").Sum(e => e.Amount));
        Assert.Equal([Code("Kiruna")], OutputOf<List<string>>(instance, Id, "Withdrawn"));
        Assert.Equal(second.Values, OutputOf<List<AllocationShare>>(instance, Id, "FinalShares").Select(s => s.Amount));
    }

    [Fact]
    public async Task Should_EndIncomplete_When_SomeoneNeverAnswersByTheDeadline()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Guarantee("Boden, Kalix, Kiruna, Piteå"));
        foreach (var name in new[] { "Boden", "Kalix", "Piteå" }) await harness.AnswerAsync(name, CollectGuaranteeCommitments.Commit);

        await harness.AdvanceAsync(TimeSpan.FromDays(30));

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.Incomplete], OutcomesOf(instance, Id));
        Assert.Equal([Code("Kiruna")], OutputOf<List<string>>(instance, Id, "Unanswered"));
        Assert.Equal(3, OutputOf<List<CommitmentEntry>>(instance, Id, "Commitments").Count);
        Assert.Equal(HumanTaskStatus.TimedOut, harness.ClosedTasks.Single(t => t.Status != HumanTaskStatus.Decided).Status);
    }

    [Fact]
    public async Task Should_SplitInProportionToCaps_When_TheActualTotalIsBelowTheSumOfCaps()
    {
        var harness = new DecisionsHarness();
        var caps = new JsonObject { ["Luleå"] = 900_000, ["Piteå"] = 600_000, ["Boden"] = 450_000, ["2584"] = 450_000, ["Gällivare"] = 300_000, ["Kalix"] = 300_000 };
        var activity = Guarantee("Luleå, Piteå, Boden, Kiruna, Gällivare, Kalix", AllocationModel.Capped, total: 2_400_000m);
        activity.Caps = new Input<JsonObject?>(Expression.Object(caps.ToJsonString()));
        var instance = await harness.RunAsync(activity);
        foreach (var task in harness.OpenTasks.ToList()) await harness.AnswerAsync(task, CollectGuaranteeCommitments.Commit);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.AllCommitted], OutcomesOf(instance, Id));
        var commitments = OutputOf<List<CommitmentEntry>>(instance, Id, "Commitments");
        Assert.Equal(2_400_000m, commitments.Sum(c => c.Amount));
        Assert.All(commitments, c => Assert.Equal(AllocationModel.Capped, c.Model));
        Assert.All(commitments, c => Assert.True(c.Amount <= c.Cap, $"{c.Name}: {c.Amount} > {c.Cap}"));
        // 2 400 000 is 80 % of the caps' sum of 3 000 000, so everyone pays 80 % of their cap.
        Assert.All(commitments, c => Assert.Equal(c.Cap * 0.8m, c.Amount));
        Assert.Equal(450_000m, commitments.Single(c => c.Name == "Kiruna").Cap);
        Assert.Contains(harness.OpenedTasks, t => t.Question.Contains("maxbelopp enligt överenskommelsen är 900", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_KeepTheOtherSharesAndEndIncomplete_When_ResplitIsOff()
    {
        var harness = new DecisionsHarness();
        var activity = Guarantee("Boden, Kalix, Kiruna");
        activity.ResplitOnWithdrawal = false;
        var instance = await harness.RunAsync(activity);

        await harness.AnswerAsync("Kiruna", CollectGuaranteeCommitments.Withdraw);
        Assert.Equal(2, harness.OpenTasks.Count);
        await harness.AnswerAsync("Boden", CollectGuaranteeCommitments.Commit);
        await harness.AnswerAsync("Kalix", CollectGuaranteeCommitments.Commit);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.Incomplete], OutcomesOf(instance, Id));
        var first = Split("Boden", "Kalix", "Kiruna");
        Assert.Equal([first["Boden"], first["Kalix"]], OutputOf<List<AllocationShare>>(instance, Id, "FinalShares").Select(s => s.Amount));
        Assert.Equal(3, harness.OpenedTasks.Count);
    }

    [Fact]
    public async Task Should_NotResplit_When_OnlyOneMunicipalityRemains()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Guarantee("Boden, Kalix"));
        await harness.AnswerAsync("Boden", CollectGuaranteeCommitments.Commit);

        await harness.AnswerAsync("Kalix", CollectGuaranteeCommitments.Withdraw);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.Incomplete], OutcomesOf(instance, Id));
        Assert.Equal(2, harness.OpenedTasks.Count);
    }

    [Fact]
    public async Task Should_KeepTheSharesAndEndIncomplete_When_TheRemainingCapsCannotCoverTheTotal()
    {
        var harness = new DecisionsHarness();
        var activity = Guarantee("Boden, Kalix, Kiruna", AllocationModel.Capped, total: 1_200_000m);
        activity.Caps = new Input<JsonObject?>(Expression.Object("""{"Boden": 500000, "Kalix": 500000, "Kiruna": 500000}"""));
        var instance = await harness.RunAsync(activity);

        await harness.AnswerAsync("Kiruna", CollectGuaranteeCommitments.Withdraw);

        Assert.Equal(2, harness.OpenTasks.Count);
        instance = await harness.ReloadAsync(instance.Id);
        Assert.Contains(instance.Journal, e => e.Message?.Contains("kunde inte fördelas om efter att Kiruna avstått: Totalbeloppet", StringComparison.Ordinal) == true);
        await harness.AnswerAsync("Boden", CollectGuaranteeCommitments.Commit);
        await harness.AnswerAsync("Kalix", CollectGuaranteeCommitments.Commit);
        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.Incomplete], OutcomesOf(instance, Id));
        Assert.Equal([400_000m, 400_000m], OutputOf<List<CommitmentEntry>>(instance, Id, "Commitments").Select(c => c.Amount));
    }

    [Fact]
    public async Task Should_FaultWithTheAllocatorsMessage_When_ACapIsMissing()
    {
        var harness = new DecisionsHarness();
        var activity = Guarantee("Boden, Kalix", AllocationModel.Capped);
        activity.Caps = new Input<JsonObject?>(Expression.Object("""{"Boden": 500000}"""));

        var instance = await harness.RunAsync(activity);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Equal("Maxbelopp saknas för: Kalix.", instance.Incidents.Single().Message);
        Assert.Empty(harness.OpenedTasks);
    }

    [Fact]
    public async Task Should_CloseOpenRequests_When_TheInstanceIsCancelled()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Guarantee("Boden, Kalix, Kiruna"));
        await harness.AnswerAsync("Kalix", CollectGuaranteeCommitments.Commit);

        await harness.Runtime.CancelAsync(instance.Id);

        Assert.Empty(harness.OpenTasks);
        Assert.Equal(2, harness.ClosedTasks.Count(t => t.Status == HumanTaskStatus.Cancelled));
    }

    [Fact]
    public async Task Should_AskByTheOfficialNameAndTheLatestYear_When_NoPopulationYearIsGiven()
    {
        var harness = new DecisionsHarness();
        var activity = Guarantee("Boden, Arjeplog, Älvsbyn");
        activity.PopulationYear = new Input<int?>((int?)null);

        await harness.RunAsync(activity);

        foreach (var (name, official) in new[] { ("Boden", "Bodens kommun"), ("Arjeplog", "Arjeplogs kommun"), ("Älvsbyn", "Älvsbyns kommun") })
        {
            var question = harness.OpenTaskOf(name).Question;
            Assert.StartsWith($"Norrbottens e-nämnd ber {official} om ett garantiåtagande för 2026–2028.", question, StringComparison.Ordinal);
            Assert.Contains("fördelad efter invånarantal den 31 december 2025.", question, StringComparison.Ordinal);
            Assert.DoesNotContain($"{name} kommun", question, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_SplitAgainWithTheNewcomerAndTellTheOthersTheirEarlierAmount_When_AMunicipalityJoinsDuringTheRound()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Guarantee("Boden, Kalix, Piteå"));
        var first = Split("Boden", "Kalix", "Piteå");
        await harness.AnswerAsync("Boden", CollectGuaranteeCommitments.Commit);

        var join = (await harness.BookmarksOfAsync(instance.Id)).Single(b => b.Name == LateJoins.BookmarkName);
        await harness.Runtime.ResumeAsync(join.Id, LateJoins.Input(Code("Haparanda"), "e-samordnaren"));

        var second = Split("Boden", "Kalix", "Piteå", "Haparanda");
        Assert.Equal(second.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)),
            harness.OpenTasks.Select(t => (MunicipalityRegistry.Default.Find(t.Recipient.MunicipalityCode!)!.Name, AmountAskedOf(t.Question))).OrderBy(p => p.Item1));
        Assert.Contains($"Andelen är omräknad eftersom Haparanda har anslutit sig till ärendet. Kommunen åtog sig tidigare {SwedishNumbers.Kronor(first["Boden"])}; det åtagandet ersätts",
            harness.OpenTaskOf("Boden").Question, StringComparison.Ordinal);
        Assert.Contains($"Den tidigare frågan om {SwedishNumbers.Kronor(first["Kalix"])} gäller inte längre.", harness.OpenTaskOf("Kalix").Question, StringComparison.Ordinal);
        Assert.DoesNotContain("omräknad", harness.OpenTaskOf("Haparanda").Question, StringComparison.Ordinal);
        // The round still takes joins, and a second join of the same municipality changes nothing.
        join = (await harness.BookmarksOfAsync(instance.Id)).Single(b => b.Name == LateJoins.BookmarkName);
        await harness.Runtime.ResumeAsync(join.Id, LateJoins.Input(Code("Haparanda"), "e-samordnaren"));
        Assert.Equal(4, harness.OpenTasks.Count);

        foreach (var name in second.Keys) await harness.AnswerAsync(name, CollectGuaranteeCommitments.Commit);
        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectGuaranteeCommitments.AllCommitted], OutcomesOf(instance, Id));
        Assert.Equal(new[] { "Boden", "Kalix", "Piteå", "Haparanda" }.Select(Code).Order(), OutputOf<List<string>>(instance, Id, "Remaining").Order());
        Assert.Equal(AllocationModel.Population, OutputOf<CommitmentTerms>(instance, Id, "Terms").Model);
        Assert.DoesNotContain(await harness.BookmarksOfAsync(instance.Id), b => b.Name == LateJoins.BookmarkName);
    }

    private static CollectGuaranteeCommitments Guarantee(string participants, AllocationModel model = AllocationModel.Population, decimal total = 1_000_000m) => new()
    {
        Id = Id,
        Participants = participants,
        Total = total,
        Model = model,
        PopulationYear = new Input<int?>(2020),
        Validity = "2026–2028",
    };

    private static Dictionary<string, decimal> Split(params string[] names) =>
        Allocator.Allocate(new AllocationRequest { Model = AllocationModel.Population, Total = 1_000_000m, Participants = names, PopulationYear = 2020 })
            .Shares.ToDictionary(s => s.Name, s => s.Amount);

    // The amount in "Kommunens andel är 123 456 kr (…)".
    private static decimal AmountAskedOf(string question)
    {
        var start = question.IndexOf("andel är ", StringComparison.Ordinal) + "andel är ".Length;
        var digits = new string([.. question[start..question.IndexOf(" kr", start, StringComparison.Ordinal)].Where(char.IsDigit)]);
        return decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}
