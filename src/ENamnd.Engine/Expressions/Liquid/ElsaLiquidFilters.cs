using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Filters;
using Fluid.Values;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>The filters Elsa adds to Fluid's own: <c>base64</c> and <c>keys</c>.</summary>
internal static class ElsaLiquidFilters
{
    /// <summary>Registers the filters on <paramref name="filters"/>.</summary>
    public static FilterCollection WithElsaFilters(this FilterCollection filters)
    {
        filters.AddFilter("base64", Base64);
        filters.AddFilter("keys", Keys);
        return filters;
    }

    /// <summary>
    /// The value as UTF-8 base 64: text as it is, numbers in invariant form, booleans as <c>True</c>/<c>False</c>,
    /// objects, arrays and dates as their JSON; nil stays nil.
    /// </summary>
    public static async ValueTask<FluidValue> Base64(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.Type switch
        {
            FluidValues.Nil => null,
            FluidValues.Boolean => input.ToBooleanValue(context).ToString(),
            FluidValues.Number => input.ToNumberValue(context).ToString(CultureInfo.InvariantCulture),
            FluidValues.String => input.ToStringValue(context),
            FluidValues.Array or FluidValues.Dictionary or FluidValues.Object or FluidValues.DateTime =>
                (await MiscFilters.Json(input, FilterArguments.Empty, context)).ToStringValue(context),
            _ => input.ToStringValue(context),
        };
        return text is null ? NilValue.Instance : StringValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The keys of an object, as an array of text.</summary>
    /// <exception cref="ExpressionException">The value is not an object.</exception>
    public static ValueTask<FluidValue> Keys(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input.ToObjectValue(context) is IFluidIndexable members
            ? ArrayValue.Create(members.Keys.Select(StringValue.Create).ToArray())
            : throw new ExpressionException("Filtret keys fungerar bara på objekt.");
}
