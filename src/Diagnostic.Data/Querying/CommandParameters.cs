using System.Data.Common;

namespace Diagnostic.Data.Querying;

/// <summary>Parameters of the few plain commands that bypass EF on hot paths (a null goes as SQL NULL).</summary>
internal static class CommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
