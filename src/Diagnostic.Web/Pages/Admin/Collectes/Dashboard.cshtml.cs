using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Collectes;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>Participation so far: where to go knocking (neighbourhoods under target), which days worked, which ages are missing.</summary>
public sealed class DashboardModel(OrganizerCollectes collectes, ParticipationQuery query, SnapshotQuestionnaires snapshots)
    : CollectePageModel(collectes)
{
    public ParticipationReport Report { get; private set; } = null!;
    public Questionnaire Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Questionnaire = snapshots.Get(Collecte.Snapshot!);
        Report = await query.BuildAsync(Collecte, Questionnaire, cancellationToken);
        return Page();
    }

    /// <summary>The label of an age band in the reader's language; the empty code is « not answered ».</summary>
    public string? BandLabel(string code) =>
        code.Length == 0 ? null : Questionnaire.FindQuestion(ParticipationQuery.AgeQuestionId)?.FindChoice(code)?.Label.In(Localization.Languages.Current) ?? code;
}
