namespace ENamnd.Designer.Api.Alterations;

/// <summary>The answer of submit: the id of the stored plan.</summary>
public sealed record SubmitResponse(string PlanId);
