using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

internal static partial class ResourcesCommand
{
    private static Command CreateResource(ClientRunner runner)
    {
        var t = runner.Text;
        var file = new Option<string>("--file") { Description = t["元数据 JSON 文件：metadata 对象，或 {provider, metadata} 完整请求体", "Metadata JSON file: the metadata object, or a full {provider, metadata} body"], HelpName = "FILE", Required = true };
        var provider = new Option<string?>("--provider") { Description = t["提供方：部门全称、简称或统一社会信用代码", "Provider: department name, short name or credit code"], HelpName = "NAME" };
        var providerId = new Option<long?>("--provider-id") { Description = t["提供方部门 ID", "Providing department id"], HelpName = "ID" };
        var command = new Command("create", t["登记信息资源（草稿）", "Register a resource (as a draft)"]) { file, provider, providerId };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var body = RequestBody(s.T, r.GetValue(file)!, r.GetValue(provider), r.GetValue(providerId));
            var resource = await s.Client.CreateResourceAsync(body, ct).ConfigureAwait(false);
            if (!s.Json)
            {
                s.Out.Line(Markup.Escape(s.T[$"已登记 {resource.Str("code")}（草稿）", $"Registered {resource.Str("code")} (draft)"]));
            }
            RenderResource(s, resource);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The file's full body, or its metadata wrapped in one; the provider options override the file's.</summary>
    private static JsonObject RequestBody(Localizer t, string file, string? provider, long? providerId)
    {
        if (provider is not null && providerId is not null)
        {
            throw new UsageException(t["--provider 和 --provider-id 只能用一个", "Give either --provider or --provider-id, not both"]);
        }
        var root = ReadObject(t, file);
        var body = root.ContainsKey("metadata") ? root : new JsonObject { ["metadata"] = root };
        if (provider is not null || providerId is not null)
        {
            body.Remove("provider");
            body.Remove("providerId");
            body[provider is null ? "providerId" : "provider"] = provider is null ? JsonValue.Create(providerId) : JsonValue.Create(provider);
        }
        return body;
    }

    private static JsonObject ReadObject(Localizer t, string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException(t[$"找不到文件 {file}", $"File not found: {file}"]);
        }
        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new UsageException(t[$"{file} 应包含一个 JSON 对象", $"{file} must hold a JSON object"]);
        }
        catch (JsonException e)
        {
            throw new UsageException(t[$"{file} 不是有效的 JSON：{e.Message}", $"{file} is not valid JSON: {e.Message}"]);
        }
    }
}
