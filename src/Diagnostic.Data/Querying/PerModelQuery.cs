using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Diagnostic.Data.Querying;

/// <summary>
/// An EF compiled query kept once per model (issue 16). A compiled query skips the per-call work of a LINQ query
/// (walking the expression for parameters, hashing it for the query cache: a fifth of an answer page's database
/// time), but one compiled delegate must only ever meet one model: a process may hold both providers' models (the
/// tests do). Each model gets its own delegate, compiled on first use; the table holds no model alive.
/// </summary>
public sealed class PerModelQuery<TDelegate>(Func<TDelegate> compile) where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> byModel = new();

    public TDelegate For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
