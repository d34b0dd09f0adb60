using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace RegistryConfigAnalyzers.Engine.Reporting;

/// <summary>
/// Writes indented JSON to a <see cref="TextWriter"/>. It is enough for SARIF and keeps the engine
/// free of a JSON dependency, which the analyzer and task hosts would otherwise have to load.
/// </summary>
internal sealed class JsonWriter
{
    private readonly TextWriter _out;

    // One entry per open object or array: whether it has a member yet (for commas and newlines).
    private readonly Stack<bool> _open = new();
    private bool _afterName;

    public JsonWriter(TextWriter output)
    {
        _out = output;
    }

    public void StartObject() => Start('{');

    public void EndObject() => End('}');

    public void StartArray() => Start('[');

    public void EndArray() => End(']');

    public void Name(string name)
    {
        NextMember();
        WriteString(name);
        _out.Write(": ");
        _afterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        WriteString(value);
    }

    public void Number(int value)
    {
        BeforeValue();
        _out.Write(value.ToString(CultureInfo.InvariantCulture));
    }

    public void String(string name, string value)
    {
        Name(name);
        String(value);
    }

    public void Number(string name, int value)
    {
        Name(name);
        Number(value);
    }

    /// <summary>Writes <c>"name": { "text": value }</c>, SARIF's message and description shape.</summary>
    public void Text(string name, string value)
    {
        Name(name);
        StartObject();
        String("text", value);
        EndObject();
    }

    private void Start(char bracket)
    {
        BeforeValue();
        _out.Write(bracket);
        _open.Push(false);
    }

    private void End(char bracket)
    {
        if (_open.Pop())
        {
            NewLine();
        }

        _out.Write(bracket);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        NextMember();
    }

    private void NextMember()
    {
        if (_open.Count == 0)
        {
            return;
        }

        if (_open.Pop())
        {
            _out.Write(',');
        }

        _open.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        _out.Write('\n');
        _out.Write(new string(' ', _open.Count * 2));
    }

    private void WriteString(string value)
    {
        _out.Write('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': _out.Write("\\\""); break;
                case '\\': _out.Write("\\\\"); break;
                case '\n': _out.Write("\\n"); break;
                case '\r': _out.Write("\\r"); break;
                case '\t': _out.Write("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        _out.Write(c);
                        _out.Write(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone surrogate is not Unicode; strict readers reject it even escaped.
                        _out.Write("\\ufffd");
                    }
                    else if (c < 0x20 || c is '\u2028' or '\u2029' or '\u007f')
                    {
                        _out.Write("\\u");
                        _out.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Write(c);
                    }

                    break;
            }
        }

        _out.Write('"');
    }
}
