using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Zhongyuan.Audit;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// The audit log on embedded SQLite: the append rate with the hash chain and durable group commits (synchronous=FULL,
/// checkpoints every 10,000 events), with and without subject hashes, then the verification rate over the whole chain.
/// </summary>
internal static class AuditBench
{
    public static async Task<string> RunAsync(int events, int rounds)
    {
        var directory = Directory.CreateTempSubdirectory("zy-bench-audit-").FullName;
        try
        {
            await using var db = Database.Sqlite(Path.Combine(directory, "zhongyuan.db"));
            Migrator.Run(db);
            var keys = new KeyRing(db, MasterKey.FromBytes(RandomNumberGenerator.GetBytes(16)), TimeProvider.System);
            await keys.LoadAsync();
            var node = NodeKeys.From(Sm2Signer.Generate());
            var options = new AuditOptions();
            var s = new StringBuilder();
            s.AppendLine("| measurement | events | seconds | events/s | CPU seconds (all threads) | goal |");
            s.AppendLine("|---|---:|---:|---:|---:|---|");
            await using (var log = new AuditLog(db, keys, node, TimeProvider.System, options, NullLogger<AuditLog>.Instance))
            {
                var withSubjects = Math.Max(1, events / 10);
                Row(s, "append, 8 producer threads, 10 subject keys per event (HMAC-SM3 + audit_subjects rows)", withSubjects,
                    await TimeAsync(() => AppendAsync(log, withSubjects, subjects: 10)), "");
                Row(s, "append, 8 producer threads, no subject keys", events, await TimeAsync(() => AppendAsync(log, events, subjects: 0)), "≥ 50,000/s");
            }
            var total = events + Math.Max(1, events / 10);
            var verifier = new AuditVerifier(db, node, TimeProvider.System);
            var times = new List<(double Wall, double Cpu)>();
            for (var i = 0; i < rounds; i++)
            {
                times.Add(await TimeAsync(async () =>
                {
                    var result = await verifier.VerifyAsync();
                    Check(result.Ok && result.EventsChecked == total, $"verification failed: {result.Break?.Message.En} ({result.EventsChecked} checked)");
                }));
                Console.Error.WriteLine($"audit: verified {total:N0} events in {times[^1].Wall:F2} s");
            }
            Row(s, $"verify (best of {rounds} runs; {Environment.ProcessorCount} cores)", total, times.MinBy(t => t.Wall), "≥ 1,000,000/s");
            Row(s, "of which: reading rows into canonical bytes only (one thread, no hashing, one handle without SQLite's mutex)", total, await TimeAsync(() => ReadOnlyAsync(db)), "");
            var (scalar, lanes) = await HashOnlyAsync(db);
            Row(s, "SM3 of every event alone, one thread: BouncyCastle `SM3Digest` (scalar)", total, (scalar, scalar), "");
            Row(s, $"SM3 of every event alone, one thread: `Sm3Lanes` ({Sm3Lanes.Width} per register; accelerated: {Sm3Lanes.IsAccelerated})", total, (lanes, lanes), "");
            s.AppendLine();
            s.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"Database file after the run: {new FileInfo(Path.Combine(directory, "zhongyuan.db")).Length / 1024.0 / 1024.0:F0} MiB for {total:N0} events.");
            return s.ToString();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The verifier's reading alone (its own unlocked handle, as its workers read): SQLite and the canonical form.</summary>
    private static Task ReadOnlyAsync(Database db)
    {
        using var handle = ChainReader.OpenUnlocked(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource);
        using var reader = ChainReader.Open(handle, db.Sql("Audit/Sql/SelectChainRange"), long.MinValue, long.MaxValue);
        var batch = new VerifyBatch();
        long rows = 0;
        bool more;
        do
        {
            batch.Clear();
            more = reader.Fill(batch);
            rows += batch.Count;
        }
        while (more);
        Console.Error.WriteLine($"audit: read {rows:N0} rows");
        return Task.CompletedTask;
    }

    /// <summary>Hashing alone, same events, one thread: the scalar reference against eight lanes (seconds of each).</summary>
    private static async Task<(double Scalar, double Lanes)> HashOnlyAsync(Database db)
    {
        await using var c = await db.OpenAsync();
        using var reader = ChainReader.Open(c, db.Sql("Audit/Sql/SelectChainRange"));
        var batch = new VerifyBatch();
        var hasher = Sm3.CreateHasher();
        long scalar = 0, lanes = 0;
        bool more;
        do
        {
            batch.Clear();
            more = reader.Fill(batch);
            var t = Stopwatch.GetTimestamp();
            batch.CheckContent(hasher, 0, batch.Count);
            Check(batch.ContentOk.AsSpan(0, batch.Count).IndexOf(false) < 0, "scalar hash mismatch");
            scalar += Stopwatch.GetTimestamp() - t;
            t = Stopwatch.GetTimestamp();
            batch.CheckContent();
            lanes += Stopwatch.GetTimestamp() - t;
            Check(batch.ContentOk.AsSpan(0, batch.Count).IndexOf(false) < 0, "lanes hash mismatch");
        }
        while (more);
        return ((double)scalar / Stopwatch.Frequency, (double)lanes / Stopwatch.Frequency);
    }

    private static async Task AppendAsync(AuditLog log, int events, int subjects)
    {
        const int producers = 8;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            for (var i = p; i < events; i += producers)
            {
                log.Append(Event(i, subjects));
            }
        })));
        await log.FlushAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"audit: appended {events:N0} events ({subjects} subjects each) in {seconds:F2} s");
    }

    private static AuditEvent Event(int i, int subjects) => new()
    {
        Action = AuditActions.RowsQuery, UserId = 1000 + (i % 500), Username = "user" + (i % 500), Role = "Analyst", DepartmentId = 1 + (i % 60),
        ApplicationId = 1 + (i % 120), Ip = "10.12." + (i % 250) + ".7", ResourceCode = "101010000-" + (i % 300).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        Items = ["姓名", "公民身份号码", "户籍地址"], RowCount = 20, Filter = "区划 = '410102'", GrantId = 1 + (i % 900), Purpose = "低保资格复核",
        SubjectKeys = subjects == 0 ? null : [.. Enumerable.Range(0, subjects).Select(k => "4101021990" + ((i * subjects + k) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture))],
    };

    private static void Row(StringBuilder s, string what, int events, (double Wall, double Cpu) time, string goal) =>
        s.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
            $"| {what} | {Measure.N(events)} | {Measure.F(time.Wall)} | {Measure.N(events / time.Wall)} | {Measure.F(time.Cpu)} | {goal} |");

    /// <summary>Wall-clock and process CPU seconds of an action (the CPU figure shows what other load on the machine took away).</summary>
    private static async Task<(double Wall, double Cpu)> TimeAsync(Func<Task> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await action();
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
