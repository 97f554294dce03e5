using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>The figures of one collecte, suppression already applied; rows in file order.</summary>
public sealed record Portrait(string QuestionnaireId, int QuestionnaireVersion, int MinCell, IReadOnlyList<PortraitRow> Rows)
{
    public IEnumerable<PortraitRow> For(Audience audience, string neighbourhood) =>
        Rows.Where(r => r.Audience == audience && r.Neighbourhood == neighbourhood);

    public PortraitRow? Find(Audience audience, string neighbourhood, FigureLevel level, string id) =>
        Rows.FirstOrDefault(r => r.Audience == audience && r.Neighbourhood == neighbourhood && r.Level == level && r.Id == id);
}
