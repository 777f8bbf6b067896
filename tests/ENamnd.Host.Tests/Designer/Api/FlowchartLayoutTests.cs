using System.Text.Json.Nodes;
using ENamnd.Host.Designer.Api.Definitions;

namespace ENamnd.Host.Tests.Designer.Api;

public class FlowchartLayoutTests
{
    [Fact]
    public void Should_PlaceStepsInLayers_When_FlowHasBranchAndLoop()
    {
        // start → ask → (yes) done, (no) revise → ask again.
        var chart = Chart(["start", "ask", "done", "revise"], [("start", "ask"), ("ask", "done"), ("ask", "revise"), ("revise", "ask")]);

        FlowchartLayout.Apply(chart);

        var at = Positions(chart);
        Assert.Equal((0, 0), at["start"]);
        Assert.Equal((FlowchartLayout.ColumnWidth, 0), at["ask"]);
        Assert.Equal(2 * FlowchartLayout.ColumnWidth, at["done"].X);
        Assert.Equal(2 * FlowchartLayout.ColumnWidth, at["revise"].X);
        Assert.Equal(FlowchartLayout.RowHeight, Math.Abs(at["done"].Y - at["revise"].Y));
    }

    [Fact]
    public void Should_KeepDesignerPositions_When_ActivitiesHaveThem()
    {
        var chart = Chart(["a", "b"], [("a", "b")]);
        foreach (var activity in chart["activities"]!.AsArray())
            activity!["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 500.0, ["y"] = 70.0 } } };

        FlowchartLayout.Apply(chart);

        Assert.All(Positions(chart).Values, p => Assert.Equal((500, 70), p));
    }

    [Fact]
    public void Should_LayOutNestedFlowchart_When_ActivityIsFlowchart()
    {
        var inner = Chart(["x", "y"], [("x", "y")]);
        inner["id"] = "inner";
        var outer = Chart(["a"], []);
        outer["activities"]!.AsArray().Add(inner);

        FlowchartLayout.Apply(outer);

        Assert.Equal(FlowchartLayout.ColumnWidth, Positions(inner)["y"].X);
        Assert.Equal(2, Positions(outer).Count);
    }

    private static JsonObject Chart(string[] ids, (string From, string To)[] connections) => new()
    {
        ["id"] = "flow",
        ["type"] = "Elsa.Flowchart",
        ["activities"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = "Elsa.WriteLine", ["metadata"] = new JsonObject() })]),
        ["connections"] = new JsonArray([.. connections.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
        })]),
    };

    private static Dictionary<string, (double X, double Y)> Positions(JsonObject chart) =>
        chart["activities"]!.AsArray().ToDictionary(a => (string)a!["id"]!, a =>
        {
            var p = a!["metadata"]!["designer"]!["position"]!;
            return ((double)p["x"]!, (double)p["y"]!);
        });
}
