using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Identity;

/// <summary>Cookie sign-in for API tests: a client that keeps the session cookie and sends the anti-forgery header.</summary>
internal static class Sessions
{
    public const string CsrfHeader = "X-ZY-CSRF";

    /// <summary>Signs in; the client keeps the cookie. Returns the response and, on success, the anti-forgery token.</summary>
    public static async Task<(HttpResponseMessage Response, string? Csrf)> LoginAsync(HttpClient client, string username, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response, null);
        }
        var body = await BodyAsync(response);
        return (response, body.GetProperty("csrfToken").GetString());
    }

    /// <summary>A signed-in client whose requests carry the anti-forgery header.</summary>
    public static async Task<HttpClient> SignedInAsync(ZhongyuanFactory factory, string username, string password)
    {
        var client = factory.CreateClient();
        var (response, csrf) = await LoginAsync(client, username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        client.DefaultRequestHeaders.Add(CsrfHeader, csrf);
        return client;
    }

    /// <summary>The JSON body; the content is buffered so that it can be read again.</summary>
    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        // Buffered content answers ReadAsStringAsync from its buffer each time; the stream readers would consume it.
        await response.Content.LoadIntoBufferAsync();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The problem's <c>code</c>, or the first field error's code.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var body = await BodyAsync(response);
        if (body.TryGetProperty("code", out var code))
        {
            return code.GetString();
        }
        return body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 ? errors[0].GetProperty("code").GetString() : null;
    }
}
