namespace ENamnd.Engine.Model;

/// <summary>The expression syntaxes the engine evaluates.</summary>
public static class ExpressionTypes
{
    public const string Literal = "Literal";
    public const string Object = "Object";
    public const string Variable = "Variable";
    public const string JavaScript = "JavaScript";
    public const string Liquid = "Liquid";
    public const string CSharp = "CSharp";
}
