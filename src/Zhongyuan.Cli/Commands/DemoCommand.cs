using System.CommandLine;
using Zhongyuan.Demo.Data;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy demo generate</c>: writes the demo province's department files locally (no server needed).</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Text;
        var persons = new Option<int>("--persons") { Description = t["人口数（其他数据集按比例生成）", "Persons (the other sets scale with it)"], DefaultValueFactory = _ => 200_000 };
        var output = new Option<string>("--out", "-o") { Description = t["输出目录", "Output directory"], DefaultValueFactory = _ => "zy-demo-data" };
        var seed = new Option<int>("--seed") { Description = t["随机种子（相同种子生成相同文件）", "Seed (the same seed writes the same files)"], DefaultValueFactory = _ => 2026 };
        var generate = new Command("generate", t["生成演示用的部门数据文件（含故意的噪声）", "Generate the demo department data files (with deliberate noise)"]) { persons, output, seed };
        generate.SetAction((result, ct) =>
        {
            var directory = Path.GetFullPath(result.GetValue(output)!);
            var count = result.GetValue(persons);
            if (count < 0)
            {
                context.Error.WriteLine(t["--persons 不能为负数", "--persons cannot be negative"]);
                return Task.FromResult(ExitCodes.Usage);
            }
            var sets = DemoDataGenerator.Generate(directory, result.GetValue(seed), count, null, ct);
            foreach (var set in sets)
            {
                context.Output.WriteLine($"{set.FileName}\t{set.Rows}\t{set.Encoding}\t{set.ProviderName} / {set.ResourceName}");
            }
            context.Output.WriteLine(t[$"已写入 {sets.Count} 个文件到 {directory}", $"Wrote {sets.Count} files to {directory}"]);
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("demo", t["演示数据", "Demo data"]) { generate };
    }
}
