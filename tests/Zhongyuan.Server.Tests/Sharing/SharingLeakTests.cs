using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Zhongyuan.Tests.Sharing;

/// <summary>A masked item's raw value must never reach an application: not in any response, export format, error or log line.</summary>
public sealed class SharingLeakTests(SharingFixture f) : IClassFixture<SharingFixture>
{
    private static readonly string[] Masked = ["公民身份号码", "姓名", "手机号码", "住址", "银行卡号", "社会保障卡号"];

    private IEnumerable<string> RawValues() =>
        Masked.SelectMany(item => f.Raw[item])
            .Concat(f.Raw["住址"].Select(a => a[9..^0].Split('号')[0] + "号"))
            .Concat(f.Raw["备注"]);

    private void AssertNoRaw(string where, string text)
    {
        Assert.False(string.IsNullOrEmpty(text), where + " is empty");
        foreach (var raw in RawValues())
        {
            Assert.False(text.Contains(raw, StringComparison.Ordinal), $"{where} contains the raw value {raw}");
        }
    }

    [Fact]
    public async Task EveryPath_MaskedGrant_NoRawValueAnywhere()
    {
        f.Grant(101, application: 1001);
        var app = f.App(1001);
        var rows = $"/api/v1/resources/{f.Code}";

        var page = await app.GetStringAsync($"{rows}/rows?limit=1000");
        AssertNoRaw("rows", page);
        Assert.Equal(SharingFixture.RowCount, JsonDocument.Parse(page).RootElement.GetProperty("rows").GetArrayLength());
        AssertNoRaw("rows/query", await (await app.PostAsJsonAsync($"{rows}/rows/query", new { limit = 1000, sort = new[] { new { column = "姓名" } } })).Content.ReadAsStringAsync());
        foreach (var item in Masked)
        {
            AssertNoRaw("distinct " + item, await app.GetStringAsync($"{rows}/rows/distinct?column={Uri.EscapeDataString(item)}&limit=1000"));
        }
        AssertNoRaw("profile", await app.GetStringAsync($"{rows}/data/profile"));
        AssertNoRaw("versions", await app.GetStringAsync($"{rows}/data/versions"));
        foreach (var format in new[] { "csv", "json", "ndjson" })
        {
            AssertNoRaw("export " + format, await app.GetStringAsync($"{rows}/data/export?format={format}"));
        }
        AssertNoRaw("export xlsx", XlsxText(await app.GetByteArrayAsync($"{rows}/data/export?format=xlsx")));
        AssertNoRaw("export parquet", ParquetText(await app.GetByteArrayAsync($"{rows}/data/export?format=parquet")));
        AssertNoRaw("log", f.Logs.Text);
    }

    [Fact]
    public async Task Filter_RawValueOfMaskedItem_MatchesNothingAndErrorsNameNoValue()
    {
        f.Grant(102, application: 1002);
        var app = f.App(1002);
        var rawId = f.Raw["公民身份号码"][0];

        var probe = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/rows/query", new { filter = new { column = "公民身份号码", op = "=", value = rawId } });
        var prefix = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/rows/query", new { filter = new { column = "公民身份号码", op = "like", value = "41010519900101001%" } });
        var notGranted = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/rows/query", new { filter = new { column = "备注", op = "=", value = "备注1" } });
        var badCursor = await app.GetAsync($"/api/v1/resources/{f.Code}/rows?sort=姓名&after=eyJTIjoiIn0");

        Assert.Equal(0, (await JsonBodies(probe)).GetProperty("rows").GetArrayLength());
        Assert.Equal(0, (await JsonBodies(prefix)).GetProperty("rows").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, notGranted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        AssertNoRaw("error", await notGranted.Content.ReadAsStringAsync() + await badCursor.Content.ReadAsStringAsync());
        AssertNoRaw("log", f.Logs.Text);
    }

    private static async Task<JsonElement> JsonBodies(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            sb.Append(reader.ReadToEnd());
        }
        Assert.Contains("张**", sb.ToString(), StringComparison.Ordinal);
        return sb.ToString();
    }

    private static string ParquetText(byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("zy-leak-").FullName, "export.parquet");
        File.WriteAllBytes(path, bytes);
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{path}')";
        using var reader = command.ExecuteReader();
        var sb = new StringBuilder();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                sb.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
        }
        Assert.Equal(SharingFixture.RowCount, rows);
        File.Delete(path);
        return sb.ToString();
    }
}
