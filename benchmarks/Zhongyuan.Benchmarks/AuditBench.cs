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
            s.AppendLine("| measurement | events | seconds | events/s | goal |");
            s.AppendLine("|---|---:|---:|---:|---|");
            await using (var log = new AuditLog(db, keys, node, TimeProvider.System, options, NullLogger<AuditLog>.Instance))
            {
                var withSubjects = Math.Max(1, events / 10);
                Row(s, "append, 8 producer threads, 10 subject keys per event (HMAC-SM3 + audit_subjects rows)", withSubjects,
                    await AppendAsync(log, withSubjects, subjects: 10), "");
                Row(s, "append, 8 producer threads, no subject keys", events, await AppendAsync(log, events, subjects: 0), "≥ 50,000/s");
            }
            var total = events + Math.Max(1, events / 10);
            var verifier = new AuditVerifier(db, node, TimeProvider.System);
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await verifier.VerifyAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                Check(result.Ok && result.EventsChecked == total, $"verification failed: {result.Break?.Message.En} ({result.EventsChecked} checked)");
                Console.Error.WriteLine($"audit: verified {total:N0} events in {times[^1]:F2} s");
            }
            Row(s, $"verify (median of {rounds} runs; {Environment.ProcessorCount} cores)", total, Measure.Percentile(times, 50), "≥ 1,000,000/s");
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

    private static async Task<double> AppendAsync(AuditLog log, int events, int subjects)
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
        return seconds;
    }

    private static AuditEvent Event(int i, int subjects) => new()
    {
        Action = AuditActions.RowsQuery, UserId = 1000 + (i % 500), Username = "user" + (i % 500), Role = "Analyst", DepartmentId = 1 + (i % 60),
        ApplicationId = 1 + (i % 120), Ip = "10.12." + (i % 250) + ".7", ResourceCode = "101010000-" + (i % 300).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        Items = ["姓名", "公民身份号码", "户籍地址"], RowCount = 20, Filter = "区划 = '410102'", GrantId = 1 + (i % 900), Purpose = "低保资格复核",
        SubjectKeys = subjects == 0 ? null : [.. Enumerable.Range(0, subjects).Select(k => "4101021990" + ((i * subjects + k) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture))],
    };

    private static void Row(StringBuilder s, string what, int events, double seconds, string goal) =>
        s.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {what} | {Measure.N(events)} | {Measure.F(seconds)} | {Measure.N(events / seconds)} | {goal} |");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
