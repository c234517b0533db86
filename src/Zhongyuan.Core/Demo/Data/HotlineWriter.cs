namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 12345政务服务便民热线工单信息: about one ticket per fifty persons, called in by adults of the persons set
/// since 2023, with the caller's mobile number (the data set that carries phone numbers and their noise).
/// </summary>
internal sealed class HotlineWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Hotline, directory, seed)
{
    private const double Rate = 0.024;
    private static readonly DateOnly _firstDay = new(2023, 1, 1);
    private static readonly string[] _kinds = ["咨询", "求助", "投诉", "建议", "表扬"];
    private static readonly string[] _matters =
    [
        "咨询新生儿落户需要准备哪些材料", "反映小区供暖温度不达标，请有关部门督促整改", "投诉道路施工夜间噪音扰民",
        "咨询城乡居民医保缴费标准和截止时间", "反映村内道路破损，雨天积水严重", "建议增加早高峰公交班次",
        "咨询个体工商户注册登记流程", "反映工地拖欠农民工工资，涉及12人，金额约8万元", "表扬政务服务中心工作人员办事热情、高效",
        "求助：老人走失，请协助寻找",
    ];
    private static readonly string[] _bodies = ["人民政府", "住房和城乡建设局", "人力资源和社会保障局", "城市管理局", "公安局", "医疗保障局"];
    private static readonly string[] _outcomes = ["已办结", "办理中", "已退回"];
    private static readonly string[] _ratings = ["满意", "基本满意", "不满意", "未评价"];
    private long _count;

    /// <summary>Writes a ticket called in by <paramref name="p"/>, if any.</summary>
    public void Offer(in DemoPerson p)
    {
        if (p.AgeOn(DemoPopulation.AsOf) < 16 || !Random.Chance(Rate))
        {
            return;
        }
        var day = Random.Day(_firstDay, DemoPopulation.AsOf);
        var matter = Random.Next(_matters.Length);
        if (Row.Begin(key: true))
        {
            DemoNoise.AppendDate(Csv, day, DateStyle.Compact);
            Csv.AppendDigits((int)(++_count % 1_000_000), 6);
            Row.End();
        }
        Row.Timestamp(day, Random.Next(7 * 3600, 22 * 3600));
        Name(p);
        Row.Phone();
        Row.Text(_kinds[matter switch { 8 => 4, 2 or 7 => 2, 5 => 3, 9 => 1, _ => 0 }]);
        Row.Text(_matters[matter]);
        Row.Text(string.Concat(p.Home.Prefix.AsSpan(3), Random.Pick(_bodies)));
        Row.Text(_outcomes[Random.Next(100) switch { < 85 => 0, < 97 => 1, _ => 2 }]);
        Row.Text(_ratings[Random.Next(100) switch { < 60 => 0, < 80 => 1, < 88 => 2, _ => 3 }]);
        Row.EndRow();
    }
}
