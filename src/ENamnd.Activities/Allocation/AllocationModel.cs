namespace ENamnd.Activities.Allocation;

/// <summary>How a cost is split between municipalities (fördelningsmodell).</summary>
public enum AllocationModel
{
    /// <summary>Equal shares (lika delar).</summary>
    Equal,

    /// <summary>In proportion to population at 31 December of a chosen year (invånarantal).</summary>
    Population,

    /// <summary>Part in equal shares, part by population, given as a fraction or as two amounts.</summary>
    Hybrid,

    /// <summary>In proportion to each municipality's agreed maximum (maxbelopp).</summary>
    Capped,
}
