using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diagnostic.Core.Questionnaires;

/// <summary>
/// A YAML mapping read with a schema in mind: each accessor reports a missing key or a wrong type
/// to the context and returns null, so the caller can go on and find the next error.
/// Scalars follow the YAML 1.2 core schema: a quoted "2" is a string, not an integer.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly YamlReadContext _context;

    private YamlMap(YamlMappingNode node, YamlReadContext context)
    {
        Node = node;
        _context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                _entries[name] = (scalar, value);
            }
            else
            {
                context.Error(key, "a key must be a plain name");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public IEnumerable<(string Name, YamlScalarNode Key)> Keys => _entries.Select(e => (e.Key, e.Value.Key));

    /// <summary>The node as a map, or null after reporting "<paramref name="what"/> must be a map".</summary>
    public static YamlMap? From(YamlNode node, string what, YamlReadContext context)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, context);
        }

        context.Error(node, $"{what} must be a map (key: value)");
        return null;
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Value(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode? Key(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>Reports keys outside <paramref name="allowed"/>, listing what is allowed.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, Func<string, bool>? alsoAllowed = null)
    {
        foreach (var (name, key) in Keys)
        {
            if (!allowed.Contains(name) && alsoAllowed?.Invoke(name) != true)
            {
                _context.Error(key, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlNode? Required(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            _context.Error(Node, $"missing key '{key}'");
        }

        return value;
    }

    public string? String(string key, bool required)
    {
        var node = required ? Required(key) : Value(key);
        return node is null ? null : ScalarText(node, key);
    }

    public int? Integer(string key, bool required)
    {
        var node = required ? Required(key) : Value(key);
        if (node is null)
        {
            return null;
        }

        if (IsPlain(node, out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _context.Error(node, $"'{key}' must be an integer");
        return null;
    }

    public double? Number(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (IsPlain(node, out var text) && InvariantNumber.TryParse(text, out var value))
        {
            return value;
        }

        _context.Error(node, $"'{key}' must be a number");
        return null;
    }

    /// <summary>The boolean at <paramref name="key"/>; <paramref name="fallback"/> when absent or wrong (reported).</summary>
    public bool Boolean(string key, bool fallback = false)
    {
        var node = Value(key);
        if (node is null)
        {
            return fallback;
        }

        if (IsPlain(node, out var text) && text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text.Equals("true", StringComparison.OrdinalIgnoreCase);
        }

        _context.Error(node, $"'{key}' must be true or false");
        return fallback;
    }

    public YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = required ? Required(key) : Value(key);
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        _context.Error(node, $"'{key}' must be a list");
        return null;
    }

    public LocalizedText? Text(string key, bool required)
    {
        var node = required ? Required(key) : Value(key);
        return node is null ? null : LocalizedTextReader.Read(node, key, _context);
    }

    /// <summary>The text of a scalar; a map or a list where a single value is expected is reported.</summary>
    public string? ScalarText(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar))
        {
            return text;
        }

        _context.Error(node, $"'{key}' must be a single value");
        return null;
    }

    private static bool IsPlain(YamlNode node, out string text)
    {
        text = node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value } ? value : "";
        return node is YamlScalarNode { Style: ScalarStyle.Plain };
    }

    private static bool IsNull(YamlScalarNode node) =>
        node.Style == ScalarStyle.Plain && node.Value is "" or "~" or "null" or "Null" or "NULL";
}
