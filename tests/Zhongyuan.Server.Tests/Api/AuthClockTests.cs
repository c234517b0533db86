using System.Net;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Identity;

namespace Zhongyuan.Tests.Api;

/// <summary>The server on a fake clock: session idle timeout and sign-in lockout.</summary>
public sealed class AuthClockTests : IClassFixture<AuthClockTests.FakeClockFactory>
{
    private readonly FakeClockFactory _fixture;

    public AuthClockTests(FakeClockFactory fixture) => _fixture = fixture;

    private ZhongyuanFactory Factory => _fixture.Factory;

    private FakeTimeProvider Clock => _fixture.Clock;

    [Fact]
    public async Task Session_IdleThirtyMinutes_Ends_ActivityKeepsItAlive()
    {
        var account = await Factory.CreateAccountAsync(Role.Analyst);
        var client = await Sessions.SignedInAsync(Factory, account.Username, account.Password);

        Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("session_required", await Sessions.CodeAsync(expired));
    }

    [Fact]
    public async Task Login_FiveFailures_Locked429ForFifteenMinutes()
    {
        var account = await Factory.CreateAccountAsync(Role.Developer);
        var client = Factory.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Sessions.LoginAsync(client, account.Username, "Wrong-password-" + i)).Response.StatusCode);
        }
        var fifth = (await Sessions.LoginAsync(client, account.Username, "Wrong-password-5")).Response;
        var rightButLocked = (await Sessions.LoginAsync(client, account.Username, account.Password)).Response;
        Clock.Advance(TimeSpan.FromMinutes(15));
        var afterLockout = (await Sessions.LoginAsync(client, account.Username, account.Password)).Response;

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal("account_locked", await Sessions.CodeAsync(fifth));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButLocked.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), rightButLocked.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, afterLockout.StatusCode);
    }

    /// <summary>One server on a fake clock for the class.</summary>
    public sealed class FakeClockFactory : IDisposable
    {
        public FakeClockFactory()
        {
            Clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
            Factory = new ZhongyuanFactory { Time = Clock };
        }

        public FakeTimeProvider Clock { get; }

        public ZhongyuanFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }
}
