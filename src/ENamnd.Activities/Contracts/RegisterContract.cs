using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// Registers a signed contract (avtal) in the contract registry with the step (a <c>contract.registered</c>
/// record), so contract monitoring (avtalsbevakning) watches it. The contract id follows from the instance and
/// the activity: running the activity again in the same instance registers nothing new.
/// </summary>
[Activity("ENamnd", "RegisterContract", Category = ActivityCategories.Contracts, DisplayName = "Registrera avtal",
    Description = "Lägger in ett tecknat avtal i avtalsregistret så att avtalsbevakningen larmar före uppsägnings- och optionsdatum.")]
public sealed class RegisterContract : Activity
{
    /// <summary>The contract's name.</summary>
    [Input(DisplayName = "Avtal", DefaultSyntax = ExpressionTypes.Liquid, Order = 1, Description = "Avtalets namn, till exempel \"E-tjänsteplattform\".")]
    public Input<string> ContractName { get; set; } = new("");

    /// <summary>The supplier.</summary>
    [Input(DisplayName = "Leverantör", DefaultSyntax = ExpressionTypes.Liquid, Order = 2)]
    public Input<string> Supplier { get; set; } = new("");

    /// <summary><c>Ramavtal</c> or <c>GemensamtAvtal</c>.</summary>
    [Input(DisplayName = "Avtalstyp", Order = 3, Description = "Ramavtal eller GemensamtAvtal.")]
    public Input<string> Kind { get; set; } = new(nameof(ContractKind.GemensamtAvtal));

    /// <summary>The first day, <c>ÅÅÅÅ-MM-DD</c>.</summary>
    [Input(DisplayName = "Startdatum", Order = 4, Description = "ÅÅÅÅ-MM-DD.")]
    public Input<string> StartDate { get; set; } = new("");

    /// <summary>The last day, <c>ÅÅÅÅ-MM-DD</c>.</summary>
    [Input(DisplayName = "Slutdatum", Order = 5, Description = "ÅÅÅÅ-MM-DD.")]
    public Input<string> EndDate { get; set; } = new("");

    /// <summary>The notice period in months.</summary>
    [Input(DisplayName = "Uppsägningstid (månader)", Order = 6)]
    public Input<int> NoticePeriodMonths { get; set; } = new(0);

    /// <summary>The extension options as JSON: <c>[{"extendMonths":24,"decideBy":"2027-03-31"}]</c>.</summary>
    [Input(DisplayName = "Förlängningsoptioner", UIHint = "multiline", Order = 7,
        Description = "JSON-lista, till exempel [{\"extendMonths\":24,\"decideBy\":\"2027-03-31\"}]. Tomt betyder inga optioner.")]
    public Input<object?> Options { get; set; } = new((object?)null);

    /// <summary>The owner: an email address or <c>roll:&lt;roll&gt;</c>.</summary>
    [Input(DisplayName = "Avtalsägare", Order = 8, Description = "E-postadress eller roll, till exempel \"roll:samordnare\".")]
    public Input<string> Owner { get; set; } = new("roll:samordnare");

    /// <summary>The participating municipalities, separated by commas.</summary>
    [Input(DisplayName = "Kommuner", Order = 9, Description = "Deltagande kommuner, separerade med kommatecken.")]
    public Input<string> Municipalities { get; set; } = new("");

    /// <summary>The case number; empty means the instance's.</summary>
    [Input(DisplayName = "Ärendenummer", Order = 10, Description = "Tomt betyder instansens ärendenummer.")]
    public Input<string?> CaseNumber { get; set; } = new((string?)null);

    /// <summary>The registered contract's id.</summary>
    [Output(DisplayName = "Avtals-id")]
    public Output<string> ContractId { get; set; } = new();

    /// <inheritdoc />
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var instance = context.WorkflowContext.Instance;
        var draft = new ContractDraft
        {
            Name = context.Get(ContractName),
            Supplier = context.Get(Supplier),
            Kind = context.Get(Kind),
            StartDate = context.Get(StartDate),
            EndDate = context.Get(EndDate),
            NoticePeriodMonths = context.Get(NoticePeriodMonths),
            Options = ReadOptions(context.Get(Options)),
            Owner = context.Get(Owner),
            Municipalities = Decisions.MunicipalityList.Items(context.Get(Municipalities)),
            CaseNumber = string.IsNullOrWhiteSpace(context.Get(CaseNumber)) ? instance.CorrelationId : context.Get(CaseNumber),
        };
        var (terms, errors) = ContractDraftValidator.Validate(draft, context.Services.GetRequiredService<MunicipalityRegistry>());
        if (terms is null) throw new ActivityFaultException($"Avtalet kan inte registreras: {string.Join(" ", errors)}");
        var id = IdFor(instance.Id, NodeId);
        context.AddRecord(ContractRecordKinds.Registered, new ContractRegistration { Id = id, Terms = terms, InstanceId = instance.Id, RegisteredAt = context.Now });
        context.Set(ContractId, id);
        return default;
    }

    /// <summary>The contract id of the registration by activity <paramref name="nodeId"/> in instance <paramref name="instanceId"/>.</summary>
    public static string IdFor(string instanceId, string nodeId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{instanceId}\n{nodeId}"))[..16]);

    private static List<ContractOptionDraft?> ReadOptions(object? value)
    {
        try
        {
            return value switch
            {
                null => [],
                string text when string.IsNullOrWhiteSpace(text) => [],
                string text => JsonSerializer.Deserialize<List<ContractOptionDraft?>>(text, ValueConverter.JsonOptions) ?? [],
                _ => ValueConverter.Convert<List<ContractOptionDraft?>>(value) ?? [],
            };
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new ActivityFaultException("Förlängningsoptionerna är inte en giltig JSON-lista, till exempel [{\"extendMonths\":24,\"decideBy\":\"2027-03-31\"}].");
        }
    }
}
