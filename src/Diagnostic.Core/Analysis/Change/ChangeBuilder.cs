using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The bilan between two collectes of one questionnaire (src/Diagnostic.Core/Analysis/README.md, "Change between two sessions"),
/// computed from the figures the two portraits kept, so it inherits their suppression.
/// </summary>
public static class ChangeBuilder
{
    public static ChangeReport Build(Questionnaire beforeQuestionnaire, Portrait before, Questionnaire afterQuestionnaire, Portrait after)
    {
        if (RefusalReason(beforeQuestionnaire, before, afterQuestionnaire, after) is { } refusal)
        {
            return ChangeReport.Refused(afterQuestionnaire.Id, refusal.Kind, refusal.Reason);
        }

        var figures = ChangeComparableFigures.Between(beforeQuestionnaire, afterQuestionnaire);
        var earlier = before.Rows.ToDictionary(r => (r.Audience, r.Neighbourhood, r.Level, r.Id));
        var earlierGroups = before.Rows.Select(r => (r.Audience, r.Neighbourhood)).ToHashSet();
        var rows = after.Rows
            .Where(r => earlierGroups.Contains((r.Audience, r.Neighbourhood)) && figures.Contains(r.Level, r.Id))
            .Select(r => earlier.TryGetValue((r.Audience, r.Neighbourhood, r.Level, r.Id), out var e) ? Compare(e, r) : null)
            .OfType<ChangeRow>()
            .ToList();
        return ChangeReport.Of(afterQuestionnaire.Id, ChangeFalseDiscoveryRate.Apply(rows));
    }

    private static (ChangeRefusal Kind, string Reason)? RefusalReason(Questionnaire beforeQuestionnaire, Portrait before, Questionnaire afterQuestionnaire, Portrait after)
    {
        if (beforeQuestionnaire.Id != afterQuestionnaire.Id)
        {
            return (ChangeRefusal.DifferentQuestionnaires, $"a change between collectes of different questionnaires ('{beforeQuestionnaire.Id}' before, '{afterQuestionnaire.Id}' after) cannot be computed");
        }

        if (before.QuestionnaireId != beforeQuestionnaire.Id || after.QuestionnaireId != afterQuestionnaire.Id)
        {
            return (ChangeRefusal.PortraitMismatch, $"the portraits are of questionnaires '{before.QuestionnaireId}' and '{after.QuestionnaireId}', not '{afterQuestionnaire.Id}'");
        }

        // With different thresholds a figure hidden in one portrait could be shown in the other's bilan row.
        return before.MinCell != after.MinCell
            ? (ChangeRefusal.DifferentMinCell, $"the portraits were suppressed with different min_cell ({before.MinCell} before, {after.MinCell} after)")
            : null;
    }

    private static ChangeRow Compare(PortraitRow before, PortraitRow after)
    {
        if (before.Suppressed || after.Suppressed)
        {
            return ChangeRow.SuppressedFor(after);
        }

        return after.Level switch
        {
            FigureLevel.Question => MeanChange(before, before.Mean, after, after.Mean),
            FigureLevel.Dimension => MeanChange(before, before.Score, after, after.Score),
            FigureLevel.Choice => ProportionChange(before, after),
            _ => throw new ArgumentOutOfRangeException(nameof(after), after.Level, "unknown figure level"),
        };
    }

    private static ChangeRow MeanChange(PortraitRow before, double? meanBefore, PortraitRow after, double? meanAfter)
    {
        var row = new ChangeRow(after.Audience, after.Neighbourhood, after.Level, after.Id,
            before.N, after.N, meanBefore, meanAfter, meanAfter - meanBefore);
        if (before is not { N: { } nBefore, Sd: { } sdBefore } || after is not { N: { } nAfter, Sd: { } sdAfter }
            || meanBefore is not { } mBefore || meanAfter is not { } mAfter)
        {
            return row;
        }

        var welch = WelchMeanDifference.Compute(nBefore, mBefore, sdBefore, nAfter, mAfter, sdAfter);
        return welch is null ? row : row with { CiLow = welch.CiLow, CiHigh = welch.CiHigh, P = welch.P };
    }

    private static ChangeRow ProportionChange(PortraitRow before, PortraitRow after)
    {
        var row = new ChangeRow(after.Audience, after.Neighbourhood, after.Level, after.Id,
            before.N, after.N, before.Pct, after.Pct, after.Pct - before.Pct);
        if (before is not { N: > 0 and var nBefore, Count: { } countBefore }
            || after is not { N: > 0 and var nAfter, Count: { } countAfter })
        {
            return row;
        }

        var interval = NewcombeInterval.Compute(countBefore, nBefore, countAfter, nAfter);
        return row with
        {
            CiLow = interval.Low,
            CiHigh = interval.High,
            P = PooledTwoProportionZTest.P(countBefore, nBefore, countAfter, nAfter),
        };
    }
}
