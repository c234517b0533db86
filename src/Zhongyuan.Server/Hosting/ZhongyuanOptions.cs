namespace Zhongyuan.Server.Hosting;

/// <summary>The platform's settings, bound from the <c>Zhongyuan</c> configuration section.</summary>
public sealed class ZhongyuanOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Zhongyuan";

    /// <summary>Where the SQLite file, the search index and datasets live; created when missing.</summary>
    public string DataDirectory { get; set; } = "zy-data";

    /// <summary>A PostgreSQL URL or connection string; empty for the embedded SQLite database.</summary>
    public string? Database { get; set; }

    /// <summary>Seed the demo province (departments and about 200 catalog entries) on an empty platform.</summary>
    public bool Demo { get; set; }

    /// <summary>The seed that makes the demo data deterministic.</summary>
    public int DemoSeed { get; set; } = 2026;

    /// <summary>
    /// With <see cref="Demo"/>: how many persons the generated department data has (other sets scale with
    /// it); 0 seeds the catalog without data. 200,000 persons make about 300,000 rows in all.
    /// </summary>
    public int DemoPersons { get; set; } = 200_000;

    /// <summary>Print the first administrator's credentials to standard output at first start.</summary>
    public bool PrintBootstrap { get; set; } = true;
}
