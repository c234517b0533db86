using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Identifiers;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Regions;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Api;

/// <summary><c>/api/v1/departments</c>: the departments that provide and consume data.</summary>
internal static class DepartmentEndpoints
{
    public static void MapDepartments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/departments").WithTags("departments");
        group.MapGet("/", List).WithSummary("部门列表 List departments");
        group.MapGet("/{id:long}", Get).WithSummary("部门 Get a department");
        group.MapPost("/", Create).RequireAuthorization(Scopes.Admin).WithSummary("新增部门 Register a department");
    }

    private static async Task<Ok<IReadOnlyList<Department>>> List(DepartmentStore store, string? level, string? region, CancellationToken ct)
    {
        IEnumerable<Department> all = await store.ListAsync(ct);
        if (level is not null && Enum.TryParse<DepartmentLevel>(level, ignoreCase: true, out var l))
        {
            all = all.Where(d => d.Level == l);
        }
        if (region is not null)
        {
            all = all.Where(d => string.Equals(d.RegionCode, region, StringComparison.Ordinal));
        }
        return TypedResults.Ok<IReadOnlyList<Department>>([.. all]);
    }

    private static async Task<Results<Ok<Department>, ProblemHttpResult>> Get(long id, DepartmentStore store, HttpContext context, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } department
            ? TypedResults.Ok(department)
            : ProblemWriter.ToResult(Problems.Problem.NotFound($"部门 {id} 不存在", $"No department has the id {id}"), context);

    private static async Task<Results<Created<Department>, ProblemHttpResult>> Create(
        NewDepartment request, DepartmentStore store, HttpContext context, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return ProblemWriter.ToResult(Problem.Invalid(errors), context);
        }
        try
        {
            var id = await store.InsertAsync(request with { Name = request.Name.Trim(), ShortName = request.ShortName.Trim() }, ct);
            return TypedResults.Created($"/api/v1/departments/{id}", (await store.FindAsync(id, ct))!);
        }
        catch (System.Data.Common.DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return ProblemWriter.ToResult(Problem.Conflict("已有同名或同一统一社会信用代码的部门", "A department with this name or credit code exists"), context);
        }
    }

    private static List<FieldError> Validate(NewDepartment d)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            errors.Add(FieldError.Of("name", "required", "部门名称不能为空", "The department name is required"));
        }
        if (string.IsNullOrWhiteSpace(d.ShortName))
        {
            errors.Add(FieldError.Of("shortName", "required", "部门简称不能为空", "The short name is required"));
        }
        if (!UnifiedSocialCreditCode.IsValid(d.CreditCode))
        {
            errors.Add(FieldError.Of("creditCode", "credit_code_invalid", "统一社会信用代码不正确（18位，校验码须符合 GB 32100）",
                "The unified social credit code is invalid (18 characters with a GB 32100 check character)"));
        }
        if (RegionCatalog.Henan.Find(d.RegionCode) is null)
        {
            errors.Add(FieldError.Of("regionCode", "region_unknown", $"未知的行政区划代码“{d.RegionCode}”", $"Unknown region code \"{d.RegionCode}\""));
        }
        return errors;
    }
}
