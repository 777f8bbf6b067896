namespace ENamnd.Engine.CSharp.Tests;

public class CSharpScriptCacheTests
{
    [Fact]
    public void Should_CompileOnce_When_SameTextIsAskedTwice()
    {
        var cache = new CSharpScriptCache(capacity: 10);

        var first = cache.Get("return 1;");
        var second = cache.Get("return 1;");

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Should_DropLeastRecentlyUsed_When_CapacityIsExceeded()
    {
        var cache = new CSharpScriptCache(capacity: 2);
        var kept = cache.Get("return 1;");
        var dropped = cache.Get("return 2;");
        cache.Get("return 1;");

        cache.Get("return 3;");

        Assert.Equal(2, cache.Count);
        Assert.Same(kept, cache.Get("return 1;"));
        Assert.NotSame(dropped, cache.Get("return 2;"));
    }

    [Fact]
    public void Should_KeepErrorsInsteadOfDelegate_When_ScriptDoesNotCompile()
    {
        var compiled = new CSharpScriptCache(capacity: 1).Get("return nope;");

        Assert.Null(compiled.Runner);
        Assert.Contains("CS0103", compiled.Errors);
    }
}
