using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api.Alterations;

/// <summary>Workflows for the alteration tests, saved and started through the designer API as the Studio does.</summary>
internal sealed class AlterationScenario(DesignerApi api)
{
    /// <summary>The fault the flaky step raises while the variable <c>Klar</c> is false.</summary>
    public const string FaultMessage = "Registret svarade inte";

    /// <summary>Publishes first → flaky → last, where flaky throws until <c>Klar</c> is true; returns the definition id.</summary>
    public async Task<string> PublishFlakyAsync(string name)
    {
        var flaky = ElsaJson.Activity("flaky", "Elsa.RunJavaScript", new JsonObject
        {
            ["script"] = new JsonObject
            {
                ["typeName"] = "String",
                ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = $"if (getVariable('Klar') !== true) throw new Error('{FaultMessage}');" },
            },
        });
        var model = ElsaJson.Chain(null, name, ElsaJson.WriteLine("first", "Först"), flaky, ElsaJson.WriteLine("last", "Sist"));
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v-klar", ["name"] = "Klar", ["typeName"] = "Boolean", ["value"] = "false" });
        return (string)(await api.SaveAsync(model, publish: true))["definitionId"]!;
    }

    /// <summary>Starts the published version; returns the instance id.</summary>
    public async Task<string> StartAsync(string definitionId) =>
        (string)(await DesignerApi.ReadObjectAsync(await api.PostAsync($"/workflow-definitions/{definitionId}/execute", new JsonObject())))["id"]!;

    /// <summary>The instance as the viewer reads it.</summary>
    public Task<JsonObject> InstanceAsync(string instanceId) => api.GetObjectAsync($"/workflow-instances/{instanceId}");

    /// <summary>(status, subStatus) of an instance.</summary>
    public async Task<(string?, string?)> StatusAsync(string instanceId)
    {
        var instance = await InstanceAsync(instanceId);
        return ((string?)instance["status"], (string?)instance["subStatus"]);
    }

    /// <summary>The plan as GET /alterations/{id} answers once it has completed (the host runs it in a background job).</summary>
    public async Task<JsonObject> CompletedPlanAsync(string planId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await api.GetObjectAsync($"/alterations/{planId}");
            if ((string?)response["plan"]!["status"] == "Completed" || DateTime.UtcNow > deadline) return response;
            await Task.Delay(200);
        }
    }
}
