using System.Text.Json;

namespace Dashboard.Web.Api;

/// <summary>Reads the operations out of a served OpenAPI document (JSON), so the docs page shows exactly what is served.</summary>
public static class OpenApiReader
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static (string Title, string? Description, IReadOnlyList<ApiOperation> Operations) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var info = root.GetProperty("info");
        var operations = new List<ApiOperation>();
        if (root.TryGetProperty("paths", out var paths))
        {
            foreach (var path in paths.EnumerateObject())
            {
                foreach (var method in Methods)
                {
                    if (path.Value.TryGetProperty(method, out var op))
                    {
                        operations.Add(new ApiOperation(method.ToUpperInvariant(), path.Name, Text(op, "summary"), Parameters(op), Responses(op)));
                    }
                }
            }
        }

        return (Text(info, "title") ?? "API", Text(info, "description"), operations);
    }

    private static List<ApiParameter> Parameters(JsonElement op)
    {
        var list = new List<ApiParameter>();
        if (!op.TryGetProperty("parameters", out var parameters))
        {
            return list;
        }

        foreach (var p in parameters.EnumerateArray())
        {
            var type = p.TryGetProperty("schema", out var schema) ? TypeOf(schema) : "";
            list.Add(new ApiParameter(Text(p, "name") ?? "", Text(p, "in") ?? "", p.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                type, Text(p, "description")));
        }

        return list;
    }

    private static List<(string, string)> Responses(JsonElement op)
    {
        var list = new List<(string, string)>();
        if (op.TryGetProperty("responses", out var responses))
        {
            foreach (var r in responses.EnumerateObject())
            {
                list.Add((r.Name, Text(r.Value, "description") ?? ""));
            }
        }

        return list;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("$ref", out var reference) ? reference.GetString()?.Split('/')[^1] ?? "" : "";
        }

        // OpenAPI 3.1 writes nullable types as ["null", "string"].
        return type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null"))
            : type.GetString() ?? "";
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
