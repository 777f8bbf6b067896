using ENamnd.Host.Features.Contracts;
using ENamnd.Persistence.Ledger;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>The stored spellings of contract monitoring's ledger keys: alerts already recorded must keep matching.</summary>
public class ContractLedgerKeysTests
{
    [Fact]
    public void Should_SpellTheAlertKeyAsRecorded_When_AnAlertIsDue()
    {
        var key = ContractLedgerKeys.Alert("c1", new DateOnly(2027, 3, 31), 6);

        Assert.Equal(new LedgerKey("contract-alert", "contract:c1", "c1:2027-03-31:6m"), key);
        Assert.Equal("contract-alert:c1:2027-03-31:6m", key.Value);
    }

    [Fact]
    public void Should_SpellTheExpiryKeyAsRecorded_When_AContractEndedUndecided()
    {
        var key = ContractLedgerKeys.Expired("c1", new DateOnly(2027, 3, 31));

        Assert.Equal(new LedgerKey("contract-expired", "contract:c1", "c1:2027-03-31"), key);
        Assert.Equal("contract-expired:c1:2027-03-31", key.Value);
    }
}
