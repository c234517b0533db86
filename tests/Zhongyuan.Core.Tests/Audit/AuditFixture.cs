using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Audit;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Audit;

/// <summary>A migrated database with a loaded key ring, a node key, the audit log on a fake clock and its readers.</summary>
internal sealed class AuditFixture : IAsyncDisposable
{
    private AuditFixture(Database db, KeyRing keys, AuditOptions options)
    {
        Database = db;
        Keys = keys;
        Options = options;
        Node = NodeKeys.From(Sm2Signer.Generate());
        Log = new AuditLog(db, keys, Node, Time, options, NullLogger<AuditLog>.Instance);
        Verifier = new AuditVerifier(db, Node, Time);
        Trail = new AuditTrail(db, keys);
        Retention = new AuditRetention(db, Time, options);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    public Database Database { get; }
    public KeyRing Keys { get; }
    public AuditOptions Options { get; }
    public NodeKeys Node { get; }
    public AuditLog Log { get; }
    public AuditVerifier Verifier { get; }
    public AuditTrail Trail { get; }
    public AuditRetention Retention { get; }

    public static async Task<AuditFixture> CreateAsync(string engine, AuditOptions? options = null)
    {
        var db = await TestDatabases.CreateAsync(engine, "audit");
        var keys = new KeyRing(db, MasterKey.FromBytes(RandomNumberGenerator.GetBytes(16)), TimeProvider.System);
        await keys.LoadAsync();
        return new AuditFixture(db, keys, options ?? new AuditOptions());
    }

    public static AuditEvent Event(int i) => new()
    {
        Action = i % 3 == 0 ? AuditActions.RowsExport : AuditActions.RowsQuery, UserId = 10 + (i % 2), Username = i % 2 == 0 ? "zhang.wei" : "李娜",
        Role = "Analyst", DepartmentId = 3 + (i % 2), Ip = "10.0.0." + i, ResourceCode = "1010100001", Items = ["姓名", "公民身份号码"],
        RowCount = i, Filter = "区划 = '410102'", GrantId = 7, Purpose = "低保资格复核",
    };

    /// <summary>Appends <paramref name="count"/> events, one microsecond apart, and waits until they are committed.</summary>
    public async Task AppendAsync(int count, int from = 1)
    {
        for (var i = from; i < from + count; i++)
        {
            Log.Append(Event(i));
        }
        await Log.FlushAsync();
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var c = await Database.OpenAsync();
        await c.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var c = await Database.OpenAsync();
        return (await c.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        await Database.DisposeAsync();
    }
}
