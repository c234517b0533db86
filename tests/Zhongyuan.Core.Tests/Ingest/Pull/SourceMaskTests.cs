using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class SourceMaskTests
{
    [Theory]
    [InlineData("postgres://zy:s3cret@db.example:5433/人口?sslmode=require", "postgres://zy:****@db.example:5433/")]
    [InlineData("https://user:s3cret@data.example/a.csv?password=s3cret&x=1", "https://user:****@data.example/a.csv?password=****&x=1")]
    [InlineData("Host=db;Database=p;Username=zy;Password=s3cret", "Password=****")]
    public void Mask_Password_Hidden(string text, string expected)
    {
        var masked = SourceMask.Mask(text);

        Assert.DoesNotContain("s3cret", masked, StringComparison.Ordinal);
        Assert.Contains(expected, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_UrlWithoutPassword_Unchanged()
    {
        Assert.Equal("https://data.example/a.csv?x=1", SourceMask.Mask("https://data.example/a.csv?x=1"));
    }
}
