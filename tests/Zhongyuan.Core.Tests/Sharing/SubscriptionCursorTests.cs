using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Tests.Sharing;

public sealed class SubscriptionCursorTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("7:c:eyJSIjo1fQ")]
    [InlineData("3:s:abc")]
    public void Parse_TextForm_RoundTrips(string text) => Assert.Equal(text, SubscriptionCursor.Parse(text)!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("7:x:abc")]
    [InlineData("7:c:")]
    [InlineData("0:c:abc")]
    public void Parse_NotACursor_Null(string text) => Assert.Null(SubscriptionCursor.Parse(text));

    [Fact]
    public void Rank_InProgressVersion_BetweenPreviousAndComplete()
    {
        Assert.True(new SubscriptionCursor(2).Rank < new SubscriptionCursor(3, ChangeSetKind.Changes, "t").Rank);
        Assert.True(new SubscriptionCursor(3, ChangeSetKind.Changes, "t").Rank < new SubscriptionCursor(3).Rank);
    }

    [Fact]
    public void WebhookBackoff_Failures_DoublesUpToCap()
    {
        var delays = Enumerable.Range(1, 6).Select(n => WebhookBackoff.After(n, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10))).ToList();

        Assert.Equal([1, 2, 4, 8, 10, 10], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void WebhookSignature_SignedBody_VerifiesAndRejectsTampering()
    {
        var body = "{\"rows\":[]}"u8.ToArray();
        var header = WebhookSignature.Sign("zyws_k", body);

        Assert.StartsWith("sm3=", header, StringComparison.Ordinal);
        Assert.Equal(4 + 64, header.Length);
        Assert.True(WebhookSignature.Verify("zyws_k", body, header));
        Assert.False(WebhookSignature.Verify("zyws_other", body, header));
        Assert.False(WebhookSignature.Verify("zyws_k", "{\"rows\":[1]}"u8, header));
    }

    [Theory]
    [InlineData("https://app.example/hook", false, true)]
    [InlineData("http://app.example/hook", true, false)]
    [InlineData("http://127.0.0.1:5000/hook", false, false)]
    [InlineData("http://127.0.0.1:5000/hook", true, true)]
    [InlineData("http://localhost/hook", true, true)]
    [InlineData("https://user:pw@app.example/hook", false, false)]
    [InlineData("ftp://app.example/x", true, false)]
    public void WebhookUrls_Check_HttpsOrAllowedLoopback(string url, bool allowLoopbackHttp, bool accepted) =>
        Assert.Equal(accepted, WebhookUrls.Check(url, allowLoopbackHttp) is null);
}
