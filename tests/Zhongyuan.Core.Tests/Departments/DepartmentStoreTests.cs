using Zhongyuan.Departments;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Departments;

public sealed class DepartmentStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Insert_ThenFindByIdNameShortNameAndCode(string engine)
    {
        var store = new DepartmentStore(await TestDatabases.CreateAsync(engine, "departments"), TimeProvider.System);
        var parent = await store.InsertAsync(new NewDepartment("河南省大数据管理局", "省大数据局", "11410000DM00002011", "410000", DepartmentLevel.Province, null));
        var id = await store.InsertAsync(new NewDepartment("郑州市大数据管理局", "郑州市大数据局", "11410100DM00003012", "410100", DepartmentLevel.City, parent));

        var byId = await store.FindAsync(id);

        Assert.Equal(new Department(id, "郑州市大数据管理局", "郑州市大数据局", "11410100DM00003012", "410100", DepartmentLevel.City, parent), byId);
        Assert.Equal(id, (await store.FindAsync("郑州市大数据局"))!.Id);
        Assert.Equal(id, (await store.FindAsync("11410100DM00003012"))!.Id);
        Assert.Null(await store.FindAsync("不存在的部门"));
        Assert.Equal([parent, id], (await store.ListAsync()).Select(d => d.Id));
    }
}
