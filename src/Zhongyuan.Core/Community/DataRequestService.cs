using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Community;

/// <summary>
/// Data requests (数据需求): anyone signed in (any role, developers included) asks for data that is not open, optionally
/// naming the department; that department's data steward or an administrator answers once (answered, will open, or
/// refused with the reason). The list and the answers are public.
/// </summary>
public sealed class DataRequestService(DataRequestStore store, DepartmentStore departments, TimeProvider time)
{
    /// <summary>Checks and stores a request as <see cref="DataRequestStatus.Open"/>.</summary>
    public async Task<Outcome<DataRequest>> CreateAsync(NewDataRequest input, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<FieldError>();
        var title = CommunityRules.Text(errors, "title", input.Title, 100, "需求标题", "The title");
        var description = CommunityRules.Text(errors, "description", input.Description, 2000, "需求描述", "The description");
        var purpose = CommunityRules.Text(errors, "purpose", input.Purpose, 500, "用途", "The purpose");
        Department? department = null;
        if (input.DepartmentId is { } id && (department = await departments.FindAsync(id, ct).ConfigureAwait(false)) is null)
        {
            errors.Add(FieldError.Of("departmentId", "department_unknown", $"部门 {id} 不存在", $"No department has the id {id}"));
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var request = new DataRequest
        {
            Id = 0, Title = title, Description = description, DepartmentId = department?.Id, DepartmentName = department?.Name, Purpose = purpose,
            RequesterId = actor.UserId, RequesterName = actor.Username, Status = DataRequestStatus.Open, CreatedAt = time.GetUtcNow(),
        };
        return request with { Id = await store.InsertAsync(request, ct).ConfigureAwait(false) };
    }

    /// <summary>A request by id (public).</summary>
    public async Task<Outcome<DataRequest>> FindAsync(long id, CancellationToken ct = default) =>
        await store.FindAsync(id, ct).ConfigureAwait(false) is { } request ? request : NotFound(id);

    /// <summary>Lists requests (public).</summary>
    public Task<CommunityPage<DataRequest>> ListAsync(DataRequestQuery query, CancellationToken ct = default) => store.ListAsync(query, ct);

    /// <summary>
    /// Answers an open request: the asked department's data steward or an administrator (requests naming no department
    /// are answered by administrators). <paramref name="status"/> is answered, willOpen or refused (or the labels).
    /// </summary>
    public async Task<Outcome<DataRequest>> AnswerAsync(long id, string? status, string? answer, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (request is null)
        {
            return NotFound(id);
        }
        if (!actor.MayAnswer(request.DepartmentId))
        {
            return Problem.Forbidden("只有被请求部门的数据管理员或系统管理员可以答复", "Only the asked department's data steward or an administrator may answer");
        }
        var errors = new List<FieldError>();
        if (!Labels.TryParse<DataRequestStatus>(status, out var decided) || decided == DataRequestStatus.Open)
        {
            errors.Add(FieldError.Of("status", "invalid_value", "答复结果应为 answered、willOpen 或 refused", "status must be answered, willOpen or refused"));
        }
        var text = CommunityRules.Text(errors, "answer", answer, 2000, decided == DataRequestStatus.Refused ? "不予开放的理由" : "答复内容",
            decided == DataRequestStatus.Refused ? "The reason for refusing" : "The answer");
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var answered = request with
        {
            Status = decided, Answer = text, AnsweredById = actor.UserId, AnsweredByName = actor.Username, AnsweredAt = time.GetUtcNow(),
        };
        return await store.AnswerAsync(answered, ct).ConfigureAwait(false)
            ? answered
            : Problem.Conflict("该需求已答复", "The request has already been answered");
    }

    /// <summary>A department's handling times (data requests and share requests).</summary>
    public Task<HandlingTimes> HandlingAsync(long departmentId, CancellationToken ct = default) => store.HandlingAsync(departmentId, ct);

    private static Problem NotFound(long id) => Problem.NotFound($"数据需求 {id} 不存在", $"No data request has the id {id}");
}
