using Zhongyuan.Catalog;
using Zhongyuan.Departments;

namespace Zhongyuan.Sharing;

/// <summary>
/// Seeds the demo province's sharing: an application for a few departments and, for 河南省民政厅's
/// 社会救助审核系统, an approved grant on 人口基本信息 (公民身份号码, 姓名, 户籍地址, default masking), so the portal and
/// tests have something to show. Adds only what is missing; the grant only together with its application.
/// </summary>
internal sealed class SharingDemoSeeder(DepartmentStore departments, ResourceStore resources, ApplicationStore applications, GrantStore grants, TimeProvider time)
{
    /// <summary>The actor recorded on seeded rows.</summary>
    public const string Actor = "demo";

    private static readonly (string Department, string Name, string Description)[] _applications =
    [
        ("河南省民政厅", "社会救助审核系统", "低保、特困人员和临时救助对象的资格审核与动态管理"),
        ("河南省人力资源和社会保障厅", "社会保险经办系统", "养老、失业、工伤保险的参保登记与待遇核定"),
        ("河南省医疗保障局", "医保参保登记系统", "城乡居民医保参保登记与缴费核验"),
        ("河南省教育厅", "学籍管理系统", "中小学生学籍注册与资助对象认定"),
    ];

    /// <summary>Seeds what is missing; returns the number of applications created.</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        var created = 0;
        foreach (var (departmentName, name, description) in _applications)
        {
            var department = await departments.FindAsync(departmentName, ct).ConfigureAwait(false);
            if (department is null || (await applications.ListAsync(department.Id, ct).ConfigureAwait(false)).Any(a => a.Name == name))
            {
                continue;
            }
            var id = await applications.InsertAsync(department.Id, new ApplicationInput(name, description, "信息中心 0371-65500000", true), Actor, ct).ConfigureAwait(false);
            created++;
            if (id is not null && departmentName == "河南省民政厅")
            {
                await GrantPopulationAsync(id.Value, department.Id, ct).ConfigureAwait(false);
            }
        }
        return created;
    }

    private async Task GrantPopulationAsync(long applicationId, long departmentId, CancellationToken ct)
    {
        Resource? population = null;
        await foreach (var r in resources.AllAsync(ResourceStatus.Published, ct).ConfigureAwait(false))
        {
            if (r.Metadata.Name == "人口基本信息" && r.Provider.Name == "河南省公安厅")
            {
                population = r;
                break;
            }
        }
        if (population is null)
        {
            return;
        }
        var now = time.GetUtcNow().ToUniversalTime();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        await grants.InsertAsync(new Grant
        {
            Id = 0, ApplicationId = applicationId, ConsumerDepartmentId = departmentId, ResourceCode = population.Code, ProviderId = population.Provider.Id,
            Items = ["公民身份号码", "姓名", "户籍地址"], Masking = new Dictionary<string, MaskingRule>(), Purpose = "低保、特困人员资格审核中核验申请人身份和户籍",
            StartsAt = now, EndsAt = now.AddDays(365), Status = GrantStatus.Active, GrantedBy = Actor, GrantedAt = now,
        }, "演示数据", ct).ConfigureAwait(false);
    }
}
