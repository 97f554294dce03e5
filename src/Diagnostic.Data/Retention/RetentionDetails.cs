namespace Diagnostic.Data.Retention;

/// <summary>The audit details of a purge, the same from the web's daily job and the command line.</summary>
public static class RetentionDetails
{
    public static string Of(RetentionOutcome done) =>
        done.ArchiveId is { } archive
            ? $"{done.DeletedResponses} responses deleted, portrait archive {archive}"
            : $"{done.DeletedResponses} drafts deleted, no submitted response to archive";
}
