namespace ENamnd.Activities.Contracts;

/// <summary>An extension option (förlängningsoption): how many months it adds and the last day to decide on it.</summary>
public sealed record ContractOption(int ExtendMonths, DateOnly DecideBy, ContractOptionStatus Status = ContractOptionStatus.Open);
